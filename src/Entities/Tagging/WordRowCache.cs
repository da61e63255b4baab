namespace Entities.Tagging;

/// <summary>
/// Per distinct token, its <see cref="TokenValues"/> and the integer sums of the weight rows of the features it gives: its
/// intrinsic features (<see cref="TokenFeatures"/>, when it is not the first token of its sentence) and, as the neighbor at
/// each offset −2, −1, +1, +2, its <see cref="NeighborFeatures"/>. A token seen before then costs five row additions
/// instead of some forty table lookups (each a likely cache miss in a table of megabytes).
/// </summary>
/// <remarks>
/// Bounded and allocation-free once created: a direct-mapped table of <see cref="Capacity"/> entries indexed by the token's
/// hash, a new token replacing whatever occupied its entry. Keys are compared as strings, so a hash collision can never give
/// another token's sums. Sums of 16-bit quantized rows in 32-bit integers are exact whatever the order of addition, so the
/// emissions are bit for bit those of the uncached computation. Not thread-safe: one cache per
/// <see cref="FeatureExtractor.Workspace"/>, which a call holds exclusively.
/// </remarks>
internal sealed class WordRowCache
{
    /// <summary>Default number of entries (a power of two).</summary>
    public const int DefaultCapacity = 4096;

    /// <summary>Sum slots of an entry: the token's intrinsic features, then what it gives as the neighbor at −2, −1, +1, +2.</summary>
    public const int Intrinsic = 0, AtMinus2 = 1, AtMinus1 = 2, AtPlus1 = 3, AtPlus2 = 4, SlotCount = 5;

    /// <summary>Padding rows: the pseudo-tokens before the start and after the end, as neighbors.</summary>
    public const int PadBeforeAtMinus1 = 0, PadTwoBeforeAtMinus2 = 1, PadBeforeAtMinus2 = 2, PadAfterAtPlus1 = 3, PadAfterAtPlus2 = 4, PadTwoAfterAtPlus2 = 5;

    private readonly string?[] keys;
    private readonly TokenValues[] values;
    private readonly int[] sums;
    private readonly int[] padding;
    private readonly int mask;
    private readonly int t;

    /// <summary>Creates an empty cache for the model whose configuration and table are given.</summary>
    /// <param name="configuration">The model's feature configuration.</param>
    /// <param name="table">The model's weights.</param>
    /// <param name="capacity">Number of entries; rounded up to a power of two.</param>
    public WordRowCache(FeatureConfiguration configuration, FeatureTable table, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        t = table.TagCount;
        Capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity);
        mask = Capacity - 1;
        keys = new string?[Capacity];
        values = new TokenValues[Capacity];
        sums = new int[Capacity * SlotCount * t];

        // The padding pseudo-tokens as neighbors, positions given for a sentence of one token (position 0).
        padding = new int[6 * t];
        Span<ulong> f = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        ReadOnlySpan<(int Offset, int Position)> pads = [(-1, -1), (-2, -2), (-2, -1), (1, 1), (2, 1), (2, 2)];
        for (int p = 0; p < pads.Length; p++)
        {
            var (offset, position) = pads[p];
            int k = 0;
            NeighborFeatures.Add(offset, TokenValues.Padding(TokenValues.PaddingAt(position, 1)), configuration, f, ref k);
            table.AddQuantizedRows(f[..k], padding.AsSpan(p * t, t));
        }
    }

    /// <summary>Number of entries.</summary>
    public int Capacity { get; }

    /// <summary>Tokens found (for diagnostics).</summary>
    public long Hits { get; private set; }

    /// <summary>Tokens not found (for diagnostics).</summary>
    public long Misses { get; private set; }

    /// <summary>The entry where a token whose <see cref="TokenValues.Word"/> hash is <paramref name="word"/> is or would be stored.</summary>
    public int EntryOf(ulong word) => (int)(FeatureHash.Mix(word) & (ulong)(uint)mask);

    /// <summary>Whether entry <paramref name="entry"/> holds <paramref name="token"/>.</summary>
    public bool Holds(int entry, string token)
    {
        if (string.Equals(keys[entry], token, StringComparison.Ordinal))
        {
            Hits++;
            return true;
        }

        Misses++;
        return false;
    }

    /// <summary>The values of the token in <paramref name="entry"/>.</summary>
    public ref readonly TokenValues ValuesOf(int entry) => ref values[entry];

    /// <summary>One sum slot of <paramref name="entry"/>.</summary>
    public ReadOnlySpan<int> Sums(int entry, int slot) => sums.AsSpan((entry * SlotCount + slot) * t, t);

    /// <summary>One padding row (<see cref="PadBeforeAtMinus1"/> …).</summary>
    public ReadOnlySpan<int> Padding(int pad) => padding.AsSpan(pad * t, t);

    /// <summary>Stores a token in <paramref name="entry"/>, replacing its occupant.</summary>
    /// <param name="entry">The token's entry (<see cref="EntryOf"/>).</param>
    /// <param name="token">The token.</param>
    /// <param name="tokenValues">Its values.</param>
    /// <param name="slotSums">Its <see cref="SlotCount"/> sum slots, one after the other.</param>
    public void Store(int entry, string token, in TokenValues tokenValues, ReadOnlySpan<int> slotSums)
    {
        keys[entry] = token;
        values[entry] = tokenValues;
        slotSums[..(SlotCount * t)].CopyTo(sums.AsSpan(entry * SlotCount * t, SlotCount * t));
    }
}
