using System.Runtime.CompilerServices;

namespace Entities.Tagging;

/// <summary>
/// A perfect hash function over a fixed set of distinct 64-bit keys, built by <em>hash and displace</em>: a key falls into one
/// of about <c>keys / 3</c> buckets, and each bucket has a small integer (its <em>pilot</em>) chosen at build time so that the
/// keys of all buckets land on distinct slots of a table a little larger than the key set (load about 0.95). Evaluating it costs
/// one read of the pilot array (a few hundred kilobytes for 10⁵ keys: it stays in the processor's second-level cache) and two
/// multiplicative hashes; a key outside the set lands on some slot too, so the table it indexes must store its keys and compare.
/// </summary>
/// <remarks>
/// Buckets are placed largest first, each with the smallest pilot whose slots are all free (the classic greedy order: big
/// buckets are placed while the table is nearly empty). Immutable and thread-safe once built.
/// </remarks>
internal sealed class PerfectHash
{
    /// <summary>Target load of the table (keys / slots).</summary>
    public const double DefaultLoad = 0.95;

    private const ulong BucketFactor = 0x9E3779B97F4A7C15UL;
    private const ulong PilotFactor = 0xD6E8FEB86659FD93UL;
    private const ulong SlotFactor = 0xBF58476D1CE4E5B9UL;
    private const int KeysPerBucket = 3;
    private const int MaxPilot = 1 << 20;

    private readonly int[] pilots;
    private readonly ulong bucketCount;
    private readonly ulong slotCount;

    private PerfectHash(int[] pilots, int slots)
    {
        this.pilots = pilots;
        bucketCount = (ulong)pilots.Length;
        slotCount = (ulong)slots;
        SlotCount = slots;
    }

    /// <summary>Number of slots: every key of the set maps to a distinct slot in <c>[0, SlotCount)</c>.</summary>
    public int SlotCount { get; }

    /// <summary>Number of buckets (pilots).</summary>
    public int BucketCount => pilots.Length;

    /// <summary>Builds the function for <paramref name="keys"/>.</summary>
    /// <param name="keys">Distinct keys (any values, 0 included).</param>
    /// <param name="load">Target keys / slots ratio, in (0, 1]; lowered automatically when a bucket cannot be placed.</param>
    /// <exception cref="ArgumentException">Two keys are equal.</exception>
    public static PerfectHash Build(ReadOnlySpan<ulong> keys, double load = DefaultLoad)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(load);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(load, 1);
        while (true)
        {
            int slots = Math.Max(1, (int)Math.Ceiling(keys.Length / load));
            var built = TryBuild(keys, slots);
            if (built is not null) return built;
            load *= 0.95;
        }
    }

    /// <summary>The bucket of <paramref name="key"/> (an index into the pilots).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BucketOf(ulong key) => (int)(((key * BucketFactor) >> 32) * bucketCount >> 32);

    /// <summary>The pilot of a bucket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PilotOf(int bucket) => pilots[bucket];

    /// <summary>The slot of <paramref name="key"/>: distinct for distinct keys of the set, some slot in range for any other key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotOf(ulong key) => SlotOf(key, pilots[BucketOf(key)]);

    /// <summary>The slot of <paramref name="key"/> under the pilot of its bucket (<see cref="PilotOf"/> of <see cref="BucketOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotOf(ulong key, int pilot) => (int)((((key ^ ((ulong)(uint)pilot * PilotFactor)) * SlotFactor) >> 32) * slotCount >> 32);

    private static PerfectHash? TryBuild(ReadOnlySpan<ulong> keys, int slots)
    {
        int n = keys.Length;
        int buckets = Math.Max(1, (n + KeysPerBucket - 1) / KeysPerBucket);
        var function = new PerfectHash(new int[buckets], slots);

        // Keys grouped by bucket (counting sort).
        var start = new int[buckets + 1];
        foreach (ulong key in keys) start[function.BucketOf(key) + 1]++;
        int largest = 0;
        for (int b = 0; b < buckets; b++)
        {
            largest = Math.Max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }

        var grouped = new ulong[n];
        var fill = start.AsSpan(0, buckets).ToArray();
        foreach (ulong key in keys) grouped[fill[function.BucketOf(key)]++] = key;

        // Buckets by decreasing size (counting sort again), ties in bucket order.
        var bySize = new int[largest + 2];
        for (int b = 0; b < buckets; b++) bySize[largest - (start[b + 1] - start[b]) + 1]++;
        for (int s = 0; s <= largest; s++) bySize[s + 1] += bySize[s];
        var order = new int[buckets];
        for (int b = 0; b < buckets; b++) order[bySize[largest - (start[b + 1] - start[b])]++] = b;

        var taken = new bool[slots];
        Span<int> placed = stackalloc int[Math.Max(1, largest)];
        foreach (int b in order)
        {
            var members = grouped.AsSpan(start[b], start[b + 1] - start[b]);
            if (members.Length == 0) break;
            for (int i = 1; i < members.Length; i++)
            {
                for (int j = 0; j < i; j++)
                    if (members[i] == members[j]) throw new ArgumentException($"Duplicate key {members[i]:X16}.", nameof(keys));
            }

            int pilot = 0;
            while (!Fits(function, members, pilot, taken, placed))
            {
                if (++pilot == MaxPilot) return null;
            }

            function.pilots[b] = pilot;
            for (int i = 0; i < members.Length; i++) taken[placed[i]] = true;
        }

        return function;
    }

    /// <summary>Whether the keys of a bucket land on free, distinct slots under <paramref name="pilot"/> (written to <paramref name="placed"/>).</summary>
    private static bool Fits(PerfectHash function, ReadOnlySpan<ulong> members, int pilot, bool[] taken, Span<int> placed)
    {
        for (int i = 0; i < members.Length; i++)
        {
            int slot = function.SlotOf(members[i], pilot);
            if (taken[slot]) return false;
            for (int j = 0; j < i; j++)
                if (placed[j] == slot) return false;
            placed[i] = slot;
        }

        return true;
    }
}
