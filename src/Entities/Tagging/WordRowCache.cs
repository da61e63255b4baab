namespace Entities.Tagging;

/// <summary>
/// Per distinct token, its <see cref="TokenValues"/> and the integer sums of the weight rows of the features it gives: its
/// intrinsic features (<see cref="TokenFeatures"/>, when it is not the first token of its sentence) and, as the neighbor at
/// each offset −2, −1, +1, +2, its <see cref="NeighborFeatures"/>. A token seen before then costs five row additions
/// instead of some forty table lookups (each a likely cache miss in a table of megabytes).
/// </summary>
/// <remarks>
/// <para>Bounded and allocation-free between growths: a direct-mapped table of <see cref="Capacity"/> entries indexed by the
/// token's hash, a new token replacing whatever occupied its entry. It starts small (<see cref="DefaultCapacity"/> entries,
/// about 0.5 MB with 17 tags: some 480 bytes per entry, mostly the five rows of sums) and doubles, keeping its entries, each
/// time it has missed twice its capacity, up to <see cref="DefaultMaxCapacity"/> (about 8 MB): a short job keeps a small
/// cache, a long one gets the hit rate of a large one.</para>
/// <para>An entry keeps its token's characters (tokens of up to <see cref="KeyChars"/> code units are cached) and compares
/// them, so a hash collision can never give another token's sums. Sums of 16-bit quantized rows in 32-bit integers are exact
/// whatever the order of addition, so the emissions are bit for bit those of the uncached computation.</para>
/// <para>Not thread-safe: one cache per <see cref="FeatureExtractor.Workspace"/>, which a call holds exclusively (the tagger
/// keeps one workspace per thread that tags at the same time). The cache lives as long as its tagger and carries over from
/// one document to the next.</para>
/// </remarks>
internal sealed class WordRowCache
{
    /// <summary>Default number of entries at creation (a power of two).</summary>
    public const int DefaultCapacity = 1024;

    /// <summary>Default number of entries the cache may grow to (a power of two).</summary>
    public const int DefaultMaxCapacity = 16384;

    /// <summary>Sum slots of an entry: the token's intrinsic features, then what it gives as the neighbor at −2, −1, +1, +2.</summary>
    public const int Intrinsic = 0, AtMinus2 = 1, AtMinus1 = 2, AtPlus1 = 3, AtPlus2 = 4, SlotCount = 5;

    /// <summary>Longest token stored, in UTF-16 code units (its characters are kept in the entry, compared without a string).</summary>
    public const int KeyChars = 24;

    /// <summary>Padding rows: the pseudo-tokens before the start and after the end, as neighbors.</summary>
    public const int PadBeforeAtMinus1 = 0, PadTwoBeforeAtMinus2 = 1, PadBeforeAtMinus2 = 2, PadAfterAtPlus1 = 3, PadAfterAtPlus2 = 4, PadTwoAfterAtPlus2 = 5;

    private readonly int[] padding;
    private readonly int t;
    private readonly int maxCapacity;
    private char[] keyChars;
    private int[] keyLengths;
    private ulong[] words;
    private TokenValues[] values;
    private int[] sums;
    private int mask;
    private long missesAtCapacity;

    /// <summary>Creates an empty cache for the model whose configuration and table are given.</summary>
    /// <param name="configuration">The model's feature configuration.</param>
    /// <param name="table">The model's weights.</param>
    /// <param name="capacity">Number of entries at first; rounded up to a power of two.</param>
    /// <param name="maxCapacity">Number of entries the cache may grow to (see <see cref="Grow"/>); rounded up to a power of two.</param>
    public WordRowCache(FeatureConfiguration configuration, FeatureTable table, int capacity = DefaultCapacity, int maxCapacity = DefaultMaxCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        t = table.TagCount;
        Capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity);
        this.maxCapacity = Math.Max(Capacity, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, maxCapacity)));
        mask = Capacity - 1;
        (keyChars, keyLengths) = NewKeys(Capacity);
        words = new ulong[Capacity];
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
    public int Capacity { get; private set; }

    /// <summary>Tokens found (for diagnostics).</summary>
    public long Hits { get; private set; }

    /// <summary>Tokens not found (for diagnostics).</summary>
    public long Misses { get; private set; }

    /// <summary>The entry where a token whose <see cref="TokenValues.Word"/> hash is <paramref name="word"/> is or would be stored.</summary>
    public int EntryOf(ulong word) => (int)(FeatureHash.Mix(word) & (ulong)(uint)mask);

    /// <summary>Whether entry <paramref name="entry"/> holds <paramref name="token"/>.</summary>
    public bool Holds(int entry, ReadOnlySpan<char> token)
    {
        if (keyLengths[entry] == token.Length && keyChars.AsSpan(entry * KeyChars, token.Length).SequenceEqual(token))
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

    /// <summary>Stores a token in <paramref name="entry"/>, replacing its occupant (a token longer than <see cref="KeyChars"/> is not stored).</summary>
    /// <param name="entry">The token's entry (<see cref="EntryOf"/>).</param>
    /// <param name="token">The token.</param>
    /// <param name="tokenValues">Its values.</param>
    /// <param name="slotSums">Its <see cref="SlotCount"/> sum slots, one after the other.</param>
    public void Store(int entry, ReadOnlySpan<char> token, in TokenValues tokenValues, ReadOnlySpan<int> slotSums)
    {
        if (token.Length > KeyChars) return;
        token.CopyTo(keyChars.AsSpan(entry * KeyChars, KeyChars));
        keyLengths[entry] = token.Length;
        words[entry] = tokenValues.Word;
        values[entry] = tokenValues;
        slotSums[..(SlotCount * t)].CopyTo(sums.AsSpan(entry * SlotCount * t, SlotCount * t));
    }

    /// <summary>
    /// Doubles the capacity (keeping the entries) when the cache has missed more than twice its capacity since it last grew and
    /// may still grow: a short job keeps a small cache, a long one gets the hit rate of a large one. Call between sentences
    /// only (entry numbers change).
    /// </summary>
    public void Grow()
    {
        if (Capacity >= maxCapacity || Misses - missesAtCapacity < 2L * Capacity) return;
        var oldKeyChars = keyChars;
        var oldKeyLengths = keyLengths;
        var oldWords = words;
        var oldValues = values;
        var oldSums = sums;
        Capacity *= 2;
        mask = Capacity - 1;
        (keyChars, keyLengths) = NewKeys(Capacity);
        words = new ulong[Capacity];
        values = new TokenValues[Capacity];
        sums = new int[Capacity * SlotCount * t];
        for (int e = 0; e < oldKeyLengths.Length; e++)
        {
            if (oldKeyLengths[e] < 0) continue;
            int to = EntryOf(oldWords[e]);
            oldKeyChars.AsSpan(e * KeyChars, KeyChars).CopyTo(keyChars.AsSpan(to * KeyChars, KeyChars));
            keyLengths[to] = oldKeyLengths[e];
            words[to] = oldWords[e];
            values[to] = oldValues[e];
            oldSums.AsSpan(e * SlotCount * t, SlotCount * t).CopyTo(sums.AsSpan(to * SlotCount * t, SlotCount * t));
        }

        missesAtCapacity = Misses;
    }

    /// <summary>Brings entry <paramref name="entry"/> towards the processor's caches ahead of <see cref="Holds"/> and <see cref="Sums"/>.</summary>
    public void Prefetch(int entry)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        Touch(ref keyLengths[entry]);
        Touch(ref keyChars[entry * KeyChars]);
        Touch(ref values[entry]);
        int from = entry * SlotCount * t, to = from + SlotCount * t - 1;
        for (int at = from; at < to; at += 16) Touch(ref sums[at]);
        Touch(ref sums[to]);
    }

    private static (char[] Chars, int[] Lengths) NewKeys(int capacity)
    {
        var lengths = new int[capacity];
        Array.Fill(lengths, -1); // vacant
        return (new char[capacity * KeyChars], lengths);
    }

    private static unsafe void Touch<T>(ref T target) => System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref target));
}
