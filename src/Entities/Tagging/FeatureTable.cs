using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entities.Tagging;

/// <summary>
/// Feature weights: a row of one float per tag for each 64-bit feature hash. For tagging, the weights are also kept quantized
/// to 16-bit integers with one scale for the whole table (per-token sums are accumulated in 32-bit integers and scaled once),
/// stored <em>inline</em>: slot <c>s</c> of a <see cref="PerfectHash"/> over the hashes holds, in one cache line, the hash
/// (compared: a feature outside the model lands on some slot too), its row index and its quantized row (34 bytes for 17 tags).
/// A lookup thus reads the pilot array (small enough to stay in the second-level cache) and one line of the slots: one random
/// access to memory per feature, where a probed table followed by a separate row array cost two or three. Immutable after
/// construction, so lookups are thread-safe.
/// </summary>
public sealed class FeatureTable
{
    /// <summary>Byte offsets in a slot: the key, the row index, the quantized row.</summary>
    private const int KeyOffset = 0, RowOffset = 8, WeightsOffset = 12;

    private readonly PerfectHash function;
    private readonly byte[] memory;   // pinned: slots start at the cache-line aligned `origin`
    private readonly nint origin;
    private readonly int slotShift;   // log2 of the slot size in bytes
    private readonly float scale;

    /// <summary>The weights, when some of them is not a half-precision value (a model just trained); else null.</summary>
    private readonly float[]? floatWeights;

    /// <summary>The weights in half precision, when all of them are (a model read from a file: half the memory); else null.</summary>
    private readonly Half[]? halfWeights;

    /// <summary>Builds the table. <paramref name="hashes"/>[r] owns <paramref name="weights"/>[r*tagCount .. (r+1)*tagCount).</summary>
    public FeatureTable(ulong[] hashes, float[] weights, int tagCount)
        : this(hashes, tagCount, weights.Length, Stored(weights))
    {
    }

    /// <summary>Builds the table from half-precision weights (as a model file stores them), kept as they are.</summary>
    public FeatureTable(ulong[] hashes, Half[] weights, int tagCount)
        : this(hashes, tagCount, weights.Length, (null, weights))
    {
    }

    private FeatureTable(ulong[] hashes, int tagCount, int weightCount, (float[]? Floats, Half[]? Halves) weights)
    {
        var (floats, halves) = weights;
        if (weightCount != hashes.Length * tagCount) throw new ArgumentException("Weights do not match the feature count.", "weights");
        Hashes = hashes;
        floatWeights = floats;
        halfWeights = halves;
        TagCount = tagCount;
        foreach (ulong h in hashes)
            if (h == 0) throw new ArgumentException("Feature hash 0 is reserved.", nameof(hashes));
        try
        {
            function = PerfectHash.Build(hashes);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("Duplicate feature hash.", nameof(hashes), e);
        }

        float max = halves is not null ? MaxAbs(halves) : 0;
        if (halves is null) for (int i = 0; i < weightCount; i++) max = Math.Max(max, Math.Abs(WeightAt(i)));
        scale = max == 0 ? 1 : max / short.MaxValue;

        // Half weights (a model file's) are quantized through a table over the 65,536 half values: the same rounding as for a
        // float, without converting 3.7M halves one by one (about 80 ms of a model load).
        short[]? quantized = halves is not null ? QuantizationTable(scale) : null;

        // Slots of a power-of-two size (64 bytes for up to 26 tags), the first on a cache-line boundary; empty slots keep key 0.
        int slotBytes = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, WeightsOffset + 2 * tagCount));
        slotShift = System.Numerics.BitOperations.Log2((uint)slotBytes);
        memory = GC.AllocateArray<byte>(checked(function.SlotCount * slotBytes + 64), pinned: true);
        origin = Align(memory);
        for (int r = 0; r < hashes.Length; r++)
        {
            ref byte slot = ref SlotAt(function.SlotOf(hashes[r]));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref slot, KeyOffset), hashes[r]);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref slot, RowOffset), r);
            var row = QuantizedRow(ref slot, tagCount);
            if (quantized is not null)
            {
                for (int j = 0; j < tagCount; j++) Unsafe.AsRef(in row[j]) = quantized[BitConverter.HalfToUInt16Bits(halves![r * tagCount + j])];
            }
            else
            {
                for (int j = 0; j < tagCount; j++) Unsafe.AsRef(in row[j]) = Quantize(WeightAt(r * tagCount + j), scale);
            }
        }
    }

    /// <summary>The feature hashes, one per weight row.</summary>
    public ulong[] Hashes { get; }

    /// <summary>Weights per row: the tag count.</summary>
    public int TagCount { get; }

    /// <summary>Number of features (rows).</summary>
    public int Count => Hashes.Length;

    /// <summary>The weight of feature row <paramref name="row"/> for tag <paramref name="tag"/>, as given to the constructor.</summary>
    public float Weight(int row, int tag) => WeightAt(row * TagCount + tag);

    /// <summary>All the weights, row after row (a new array).</summary>
    public float[] CopyWeights()
    {
        var weights = new float[Hashes.Length * TagCount];
        for (int i = 0; i < weights.Length; i++) weights[i] = WeightAt(i);
        return weights;
    }

    private static short Quantize(float weight, float scale) => (short)Math.Round(weight / scale);

    /// <summary>The quantized value of every half-precision bit pattern under <paramref name="scale"/> (<see cref="Quantize"/>).</summary>
    private static short[] QuantizationTable(float scale)
    {
        var table = new short[ushort.MaxValue + 1];
        for (int bits = 0; bits <= ushort.MaxValue; bits++)
        {
            float value = (float)BitConverter.UInt16BitsToHalf((ushort)bits);
            table[bits] = float.IsFinite(value) ? Quantize(value, scale) : (short)0;
        }

        return table;
    }

    /// <summary>The largest absolute value of finite half weights: the largest bit pattern without the sign (the order of magnitudes).</summary>
    private static float MaxAbs(Half[] weights)
    {
        ushort largest = 0;
        foreach (ushort bits in System.Runtime.InteropServices.MemoryMarshal.Cast<Half, ushort>(weights))
        {
            ushort magnitude = (ushort)(bits & 0x7FFF);
            if (magnitude > largest && magnitude < 0x7C00) largest = magnitude;   // 0x7C00 and above: infinity and NaN
        }

        return (float)BitConverter.UInt16BitsToHalf(largest);
    }

    private float WeightAt(int i) => floatWeights is not null ? floatWeights[i] : (float)halfWeights![i];

    /// <summary>How float weights are kept: in half precision when each converts exactly, else as they are.</summary>
    private static (float[]? Floats, Half[]? Halves) Stored(float[] weights)
    {
        var halves = new Half[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            halves[i] = (Half)weights[i];
            if ((float)halves[i] != weights[i]) return (weights, null);
        }

        return (null, halves);
    }

    /// <summary>Returns the row of <paramref name="hash"/>, or -1.</summary>
    public int Find(ulong hash)
    {
        ref byte slot = ref SlotAt(function.SlotOf(hash));
        return Unsafe.ReadUnaligned<ulong>(ref slot) == hash ? Unsafe.ReadUnaligned<int>(ref Unsafe.Add(ref slot, RowOffset)) : -1;
    }

    /// <summary>
    /// Computes the emission scores of a whole sentence: <paramref name="scores"/>[i*TagCount + j] = sum of the rows of
    /// token i's features. The slots are prefetched for the whole sentence before they are read, so cache misses overlap
    /// instead of following one another.
    /// </summary>
    /// <param name="features">Token i's features are <c>features[i * stride .. i * stride + counts[i])</c>.</param>
    /// <param name="counts">Feature count per token.</param>
    /// <param name="stride">Distance between two tokens' features.</param>
    /// <param name="n">Number of tokens.</param>
    /// <param name="rows">Scratch, at least <c>n * stride</c> long.</param>
    /// <param name="scores">Output, at least <c>n * TagCount</c> long; overwritten.</param>
    public void Emissions(ReadOnlySpan<ulong> features, ReadOnlySpan<int> counts, int stride, int n, Span<int> rows, Span<float> scores)
    {
        int t = TagCount;
        for (int i = 0; i < n; i++) FindSlots(features.Slice(i * stride, counts[i]), rows.Slice(i * stride, counts[i]));
        Span<int> acc = stackalloc int[t];
        for (int i = 0; i < n; i++)
        {
            acc.Clear();
            AddFound(features.Slice(i * stride, counts[i]), rows.Slice(i * stride, counts[i]), acc);
            var output = scores.Slice(i * t, t);
            for (int j = 0; j < t; j++) output[j] = acc[j] * scale;
        }
    }

    /// <summary>The factor turning the integer sums of quantized rows into scores.</summary>
    public float Scale => scale;

    /// <summary>The quantized row of <paramref name="hash"/> (<see cref="TagCount"/> values), or an empty span when it is not in the table.</summary>
    public ReadOnlySpan<short> QuantizedRow(ulong hash)
    {
        ref byte slot = ref SlotAt(function.SlotOf(hash));
        return Unsafe.ReadUnaligned<ulong>(ref slot) == hash ? QuantizedRow(ref slot, TagCount) : [];
    }

    /// <summary>Adds the quantized rows of the given features (those in the table) into <paramref name="acc"/> (at least <see cref="TagCount"/> long).</summary>
    public void AddQuantizedRows(ReadOnlySpan<ulong> features, Span<int> acc)
    {
        int t = TagCount;
        foreach (ulong f in features)
        {
            ref byte slot = ref SlotAt(function.SlotOf(f));
            if (Unsafe.ReadUnaligned<ulong>(ref slot) == f) RowSums.AddWidened(QuantizedRow(ref slot, t), acc);
        }
    }

    /// <summary>
    /// Adds the quantized rows of blocks of features into the blocks' integer sums: <paramref name="sums"/>[b*TagCount + j] +=
    /// row values of block b's features. The slots are prefetched for all blocks before they are read, so cache misses overlap
    /// instead of following one another.
    /// </summary>
    /// <param name="features">Block b's features are <c>features[starts[b] .. starts[b + 1])</c>.</param>
    /// <param name="starts">Start of each block, and the end of the last (<c>blocks + 1</c> values).</param>
    /// <param name="blocks">Number of blocks.</param>
    /// <param name="rows">Scratch, at least <c>starts[blocks]</c> long.</param>
    /// <param name="sums">Integer sums, <see cref="TagCount"/> per block; added to.</param>
    public void AddQuantizedRows(ReadOnlySpan<ulong> features, ReadOnlySpan<int> starts, int blocks, Span<int> rows, Span<int> sums)
    {
        int t = TagCount;
        int count = starts[blocks];
        features = features[..count];
        rows = rows[..count];
        FindSlots(features, rows);
        for (int b = 0; b < blocks; b++)
        {
            int from = starts[b], to = starts[b + 1];
            AddFound(features[from..to], rows[from..to], sums.Slice(b * t, t));
        }
    }

    /// <summary>Each feature's slot into <paramref name="slots"/>, prefetched (the pilots are read at once: they stay in the second-level cache).</summary>
    private void FindSlots(ReadOnlySpan<ulong> features, Span<int> slots)
    {
        var f = function;
        for (int k = 0; k < features.Length; k++)
        {
            int slot = f.SlotOf(features[k]);
            slots[k] = slot;
            if (Sse.IsSupported)
            {
                ref byte at = ref SlotAt(slot);
                Prefetch(in at);
                if (slotShift > 6) Prefetch(in Unsafe.Add(ref at, (1 << slotShift) - 1));
            }
        }
    }

    /// <summary>After <see cref="FindSlots"/>: adds the row of each feature found in its slot.</summary>
    private void AddFound(ReadOnlySpan<ulong> features, ReadOnlySpan<int> slots, Span<int> acc)
    {
        int t = TagCount;
        for (int k = 0; k < features.Length; k++)
        {
            ref byte slot = ref SlotAt(slots[k]);
            if (Unsafe.ReadUnaligned<ulong>(ref slot) == features[k]) RowSums.AddWidened(QuantizedRow(ref slot, t), acc);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte SlotAt(int slot) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(memory), origin + ((nint)slot << slotShift));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<short> QuantizedRow(ref byte slot, int t) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, short>(ref Unsafe.Add(ref slot, WeightsOffset)), t);

    /// <summary>The offset of the first cache-line boundary in a pinned array.</summary>
    private static unsafe nint Align(byte[] pinned)
    {
        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
        return (64 - (address & 63)) & 63;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref readonly T target) => Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in target)));
}
