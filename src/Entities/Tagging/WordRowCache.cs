using System.Runtime.CompilerServices;

namespace Entities.Tagging;

/// <summary>
/// Per distinct token, the <see cref="TokenValues"/> its context features read and the integer sums of the weight rows of the
/// features it gives: its intrinsic features (<see cref="TokenFeatures"/>, when it is not the first token of its sentence)
/// and, as the neighbor at each offset −2, −1, +1, +2, its <see cref="NeighborFeatures"/>. A token seen before then costs
/// five row additions instead of some forty table lookups (each a likely cache miss in a table of megabytes). A token
/// that opens a sentence, whose intrinsic features differ there, also keeps its other values and, once it has opened one,
/// the sums of those features (<see cref="TryFirstSums"/>), in arrays read for first tokens only.
/// </summary>
/// <remarks>
/// <para>Bounded and allocation-free between growths: a four-way set-associative table of <see cref="Capacity"/> entries, the
/// set chosen by the token's hash; a new token replaces the least recently used entry of its set (by a use counter, which
/// may wrap around after 2³² uses: the order is then briefly wrong, never the sums). It starts small
/// (<see cref="DefaultCapacity"/> entries, some 400 KB with 17 tags: about 400 bytes per entry, mostly the rows of sums, in
/// 32 bits for the intrinsic features and 16 bits for the four neighbor groups, and the first-token arrays) and doubles,
/// keeping its entries, each time it has missed as many tokens as it has entries, up to <see cref="DefaultMaxCapacity"/>
/// (about 26 MB): a short job keeps a small cache, a long one gets the hit rate of a large one (65,536 entries hold the
/// 46,000 distinct tokens of the 330,000-token press and old-press sample of the OpenNLP comparison, which misses 3.7% of
/// its tokens once warm, against 5.6% with two ways).</para>
/// <para>An entry keeps its token's characters (tokens of up to <see cref="KeyChars"/> code units are cached) and compares
/// them, so a hash collision can never give another token's sums. Sums of 16-bit quantized rows in 32-bit integers are exact
/// whatever the order of addition. The neighbor sums are kept in 16 bits; the few tokens with one that does not fit (the
/// period, <c>la</c>: frequent tokens with strong neighbor weights) keep theirs in 32 bits in one of
/// <see cref="DefaultWideCapacity"/> side slots. So the emissions are bit for bit those of the uncached computation.</para>
/// <para>Not thread-safe: one cache per <see cref="FeatureExtractor.Workspace"/>, which a call holds exclusively (the tagger
/// keeps one workspace per thread that tags at the same time). The cache lives as long as its tagger and carries over from
/// one document to the next.</para>
/// </remarks>
internal sealed class WordRowCache
{
    /// <summary>Default number of entries at creation (a power of two).</summary>
    public const int DefaultCapacity = 1024;

    /// <summary>Default number of entries the cache may grow to (a power of two).</summary>
    public const int DefaultMaxCapacity = 65536;

    /// <summary>Entries per set.</summary>
    public const int Ways = 4;

    /// <summary>Sum slots of an entry: the token's intrinsic features, then what it gives as the neighbor at −2, −1, +1, +2.</summary>
    public const int Intrinsic = 0, AtMinus2 = 1, AtMinus1 = 2, AtPlus1 = 3, AtPlus2 = 4, SlotCount = 5;

    /// <summary>Default number of side slots for tokens whose neighbor sums do not fit in 16 bits (reused in turn; the token whose slot is taken leaves the cache).</summary>
    public const int DefaultWideCapacity = 64;

    /// <summary>Longest token stored, in UTF-16 code units (its characters are kept in the entry, compared without a string).</summary>
    public const int KeyChars = 24;

    /// <summary>Padding rows: the pseudo-tokens before the start and after the end, as neighbors.</summary>
    public const int PadBeforeAtMinus1 = 0, PadTwoBeforeAtMinus2 = 1, PadBeforeAtMinus2 = 2, PadAfterAtPlus1 = 3, PadAfterAtPlus2 = 4, PadTwoAfterAtPlus2 = 5;

    private readonly int[] padding;
    private readonly int t;
    private readonly int maxCapacity;
    private readonly CacheBudget? budget;
    private char[] keyChars;
    private int[] keyLengths;
    private ContextValues[] values;
    private int[] intrinsic;
    private short[] neighbors;
    private readonly int[] wideNeighbors;
    private readonly int[] wideOwner;
    private readonly int wideCapacity;
    private int nextWide;
    private ulong[] otherValues;
    private int[] firstSums;
    private bool[] firstKnown;
    private uint[] lastUse;
    private uint clock;
    private int setMask;
    private long missesAtCapacity;

    /// <summary>Creates an empty cache for the model whose configuration and table are given.</summary>
    /// <param name="configuration">The model's feature configuration.</param>
    /// <param name="table">The model's weights.</param>
    /// <param name="capacity">Number of entries at first; rounded up to a power of two, at least <see cref="Ways"/>.</param>
    /// <param name="maxCapacity">Number of entries the cache may grow to (see <see cref="Grow"/>); rounded up likewise.</param>
    /// <param name="wideCapacity">Number of side slots for neighbor sums in 32 bits.</param>
    /// <param name="budget">Entries shared with the other caches of the same tagger (growth stops when it is spent), or <see langword="null"/>.</param>
    public WordRowCache(FeatureConfiguration configuration, FeatureTable table, int capacity = DefaultCapacity, int maxCapacity = DefaultMaxCapacity, int wideCapacity = DefaultWideCapacity, CacheBudget? budget = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(wideCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wideCapacity, short.MaxValue);
        this.wideCapacity = wideCapacity;
        t = table.TagCount;
        Capacity = RoundedCapacity(capacity);
        this.maxCapacity = Math.Max(Capacity, RoundedCapacity(maxCapacity));
        this.budget = budget;
        budget?.Take(Capacity);
        (keyChars, keyLengths, values, intrinsic, neighbors, lastUse) = NewEntries(Capacity, t);
        wideNeighbors = new int[wideCapacity * NeighborSlots * t];
        wideOwner = new int[wideCapacity];
        Array.Fill(wideOwner, -1);
        (otherValues, firstSums, firstKnown) = NewFirstEntries(Capacity, t);
        setMask = Capacity / Ways - 1;

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

    /// <summary>Tokens stored with their neighbor sums in a side slot (for diagnostics).</summary>
    public long WideStores { get; private set; }

    /// <summary>Tokens not found (for diagnostics).</summary>
    public long Misses { get; private set; }

    /// <summary>The set where a token whose <see cref="TokenValues.Word"/> hash is <paramref name="word"/> is or would be stored.</summary>
    public int SetOf(ulong word) => (int)(FeatureHash.Mix(word) & (ulong)(uint)setMask);

    /// <summary>The entry of set <paramref name="set"/> holding <paramref name="token"/>, or −1 (counted as a hit or a miss).</summary>
    public int Find(int set, ReadOnlySpan<char> token)
    {
        int first = set * Ways;
        for (int e = first; e < first + Ways; e++)
        {
            if (keyLengths[e] == token.Length && keyChars.AsSpan(e * KeyChars, token.Length).SequenceEqual(token))
            {
                lastUse[e] = ++clock;
                Hits++;
                return e;
            }
        }

        Misses++;
        return -1;
    }

    /// <summary>The values the context features read of the token in <paramref name="entry"/> (the other fields are zero).</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="word">The token's <see cref="TokenValues.Word"/> hash (<see cref="FeatureHash.OfSpan"/> of its characters), which the caller has.</param>
    public TokenValues ValuesOf(int entry, ulong word) => values[entry].ToTokenValues(word);

    /// <summary>All the values of the token in <paramref name="entry"/> (what a sentence's first token needs).</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="word">As for <see cref="ValuesOf"/>.</param>
    public TokenValues AllValuesOf(int entry, ulong word)
    {
        var v = ValuesOf(entry, word);
        var other = otherValues.AsSpan(entry * OtherValueCount, OtherValueCount);
        (v.Shape, v.Coarse, v.Fine, v.Capitalization) = (other[0], other[1], other[2], other[3]);
        return v;
    }

    /// <summary>The sums of the intrinsic features the token in <paramref name="entry"/> has as the first token of a sentence, when known.</summary>
    public bool TryFirstSums(int entry, out ReadOnlySpan<int> sums)
    {
        sums = firstKnown[entry] ? firstSums.AsSpan(entry * t, t) : default;
        return firstKnown[entry];
    }

    /// <summary>Records <see cref="TryFirstSums"/> for the token in <paramref name="entry"/>.</summary>
    public void StoreFirstSums(int entry, ReadOnlySpan<int> sums)
    {
        sums[..t].CopyTo(firstSums.AsSpan(entry * t, t));
        firstKnown[entry] = true;
    }

    /// <summary>The sums of the intrinsic features of the token in <paramref name="entry"/>.</summary>
    public ReadOnlySpan<int> IntrinsicSums(int entry) => intrinsic.AsSpan(entry * t, t);

    /// <summary>The sums of what the token in <paramref name="entry"/> gives as a neighbor (<paramref name="slot"/>: <see cref="AtMinus2"/> … <see cref="AtPlus2"/>).</summary>
    /// <remarks>Only for an entry whose <see cref="WideSlotOf"/> is −1; the others' are <see cref="WideNeighborSums"/>.</remarks>
    public ReadOnlySpan<short> NeighborSums(int entry, int slot) => neighbors.AsSpan((entry * NeighborSlots + slot - 1) * t, t);

    /// <summary>The side slot holding the neighbor sums of the token in <paramref name="entry"/> in 32 bits, or −1 (they are in 16 bits).</summary>
    public int WideSlotOf(int entry) => values[entry].WideSlot;

    /// <summary>As <see cref="NeighborSums"/>, for a token in side slot <paramref name="wide"/> (<see cref="WideSlotOf"/>).</summary>
    public ReadOnlySpan<int> WideNeighborSums(int wide, int slot) => wideNeighbors.AsSpan((wide * NeighborSlots + slot - 1) * t, t);

    private const int NeighborSlots = SlotCount - 1;

    /// <summary>One padding row (<see cref="PadBeforeAtMinus1"/> …).</summary>
    public ReadOnlySpan<int> Padding(int pad) => padding.AsSpan(pad * t, t);

    /// <summary>
    /// Stores a token in set <paramref name="set"/>, replacing its least recently used entry, and returns the entry, or −1 when
    /// it is not stored: a token longer than <see cref="KeyChars"/>, one already in the set.
    /// </summary>
    /// <param name="set">The token's set (<see cref="SetOf"/>).</param>
    /// <param name="token">The token.</param>
    /// <param name="tokenValues">Its values.</param>
    /// <param name="slotSums">Its <see cref="SlotCount"/> sum slots, one after the other.</param>
    public int Store(int set, ReadOnlySpan<char> token, in TokenValues tokenValues, ReadOnlySpan<int> slotSums)
    {
        if (token.Length > KeyChars) return -1;
        slotSums = slotSums[..(SlotCount * t)];
        bool wide = false;
        foreach (int sum in slotSums[t..])
            wide |= sum is < short.MinValue or > short.MaxValue;
        int first = set * Ways;
        for (int e = first; e < first + Ways; e++)
            if (keyLengths[e] == token.Length && keyChars.AsSpan(e * KeyChars, token.Length).SequenceEqual(token)) return -1;

        int entry = first;
        for (int e = first + 1; e < first + Ways; e++)
            if (lastUse[e] < lastUse[entry]) entry = e;
        lastUse[entry] = ++clock;
        token.CopyTo(keyChars.AsSpan(entry * KeyChars, KeyChars));
        keyLengths[entry] = token.Length;
        values[entry] = new ContextValues(tokenValues, -1);
        var other = otherValues.AsSpan(entry * OtherValueCount, OtherValueCount);
        (other[0], other[1], other[2], other[3]) = (tokenValues.Shape, tokenValues.Coarse, tokenValues.Fine, tokenValues.Capitalization);
        firstKnown[entry] = false;
        slotSums[..t].CopyTo(intrinsic.AsSpan(entry * t, t));
        var target = neighbors.AsSpan(entry * NeighborSlots * t, NeighborSlots * t);
        if (wide) StoreWide(entry, slotSums[t..]);
        else for (int j = 0; j < target.Length; j++) target[j] = (short)slotSums[t + j];

        return entry;
    }

    /// <summary>Gives <paramref name="entry"/> the next side slot for its neighbor sums; the token that held the slot leaves the cache.</summary>
    private void StoreWide(int entry, ReadOnlySpan<int> neighborSums)
    {
        WideStores++;
        int slot = nextWide;
        nextWide = (nextWide + 1) % wideCapacity;
        int owner = wideOwner[slot];
        if (owner >= 0 && owner != entry && values[owner].WideSlot == slot)
        {
            keyLengths[owner] = -1;
            values[owner] = values[owner].WithWideSlot(-1);
            firstKnown[owner] = false;
        }

        neighborSums.CopyTo(wideNeighbors.AsSpan(slot * NeighborSlots * t, NeighborSlots * t));
        wideOwner[slot] = entry;
        values[entry] = values[entry].WithWideSlot(slot);
    }

    /// <summary>
    /// Doubles the capacity (keeping the entries) when the cache has missed as many tokens as it has entries since it last
    /// grew and may still grow: a short job keeps a small cache, a long one gets the hit rate of a large one. Call between
    /// sentences only (entry numbers change).
    /// </summary>
    public void Grow()
    {
        if (Capacity >= maxCapacity || Misses - missesAtCapacity < Capacity) return;
        if (budget is not null && !budget.TryTake(Capacity)) return;
        var (oldKeyChars, oldKeyLengths, oldValues, oldIntrinsic, oldNeighbors) = (keyChars, keyLengths, values, intrinsic, neighbors);
        var (oldOtherValues, oldFirstSums, oldFirstKnown, oldLastUse) = (otherValues, firstSums, firstKnown, lastUse);
        Capacity *= 2;
        setMask = Capacity / Ways - 1;
        (keyChars, keyLengths, values, intrinsic, neighbors, lastUse) = NewEntries(Capacity, t);
        (otherValues, firstSums, firstKnown) = NewFirstEntries(Capacity, t);
        int stride = NeighborSlots * t;
        for (int e = 0; e < oldKeyLengths.Length; e++)
        {
            if (oldKeyLengths[e] < 0) continue;
            int set = SetOf(FeatureHash.OfSpan(oldKeyChars.AsSpan(e * KeyChars, oldKeyLengths[e])));
            int to = set * Ways;
            while (to < (set + 1) * Ways && keyLengths[to] >= 0) to++;
            if (to == (set + 1) * Ways) continue; // cannot happen when doubling (a set's entries split between two sets)
            oldKeyChars.AsSpan(e * KeyChars, KeyChars).CopyTo(keyChars.AsSpan(to * KeyChars, KeyChars));
            keyLengths[to] = oldKeyLengths[e];
            values[to] = oldValues[e];
            oldIntrinsic.AsSpan(e * t, t).CopyTo(intrinsic.AsSpan(to * t, t));
            oldNeighbors.AsSpan(e * stride, stride).CopyTo(neighbors.AsSpan(to * stride, stride));
            oldOtherValues.AsSpan(e * OtherValueCount, OtherValueCount).CopyTo(otherValues.AsSpan(to * OtherValueCount, OtherValueCount));
            oldFirstSums.AsSpan(e * t, t).CopyTo(firstSums.AsSpan(to * t, t));
            firstKnown[to] = oldFirstKnown[e];
            lastUse[to] = oldLastUse[e];
            if (oldValues[e].WideSlot is int wide and >= 0) wideOwner[wide] = to;
        }

        missesAtCapacity = Misses;
    }

    /// <summary>Brings the keys of set <paramref name="set"/> towards the processor's caches ahead of <see cref="Find"/>.</summary>
    public void PrefetchKeys(int set)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        int first = set * Ways;
        Touch(ref keyLengths[first]);
        Touch(ref keyChars[first * KeyChars]);
        Touch(ref keyChars[(first + Ways) * KeyChars - 1]);
    }

    /// <summary>Brings the values and sums of <paramref name="entry"/> towards the processor's caches ahead of their reading.</summary>
    public void PrefetchEntry(int entry)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        Touch(ref values[entry]);
        Touch(ref intrinsic[entry * t]);
        Touch(ref intrinsic[(entry + 1) * t - 1]);
        int from = entry * NeighborSlots * t, to = from + NeighborSlots * t - 1;
        for (int at = from; at < to; at += 32) Touch(ref neighbors[at]);
        Touch(ref neighbors[to]);
    }

    private static int RoundedCapacity(int capacity) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(Ways, capacity));

    /// <summary>The values <see cref="ContextValues"/> leaves out: shape, coarse and fine classes, capitalization class.</summary>
    private const int OtherValueCount = 4;

    private static (ulong[] OtherValues, int[] FirstSums, bool[] FirstKnown) NewFirstEntries(int capacity, int t) =>
        (new ulong[capacity * OtherValueCount], new int[capacity * t], new bool[capacity]);

    private static (char[] Chars, int[] Lengths, ContextValues[] Values, int[] Intrinsic, short[] Neighbors, uint[] LastUse) NewEntries(int capacity, int t)
    {
        var lengths = new int[capacity];
        Array.Fill(lengths, -1); // vacant
        return (new char[capacity * KeyChars], lengths, new ContextValues[capacity], new int[capacity * t], new short[capacity * NeighborSlots * t], new uint[capacity]);
    }

    private static unsafe void Touch<T>(ref T target) => System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref target));

    /// <summary>
    /// The fields of <see cref="TokenValues"/> that <see cref="ContextFeatures"/> and the gazetteer matcher read but the word
    /// hash (which the caller computes to find the entry), and the entry's side slot (<see cref="WideSlotOf"/>), in 32 bytes:
    /// what a hit reads before the sums is on one cache line.
    /// </summary>
    private readonly struct ContextValues
    {
        private const byte Title = 1, Elision = 2, Quote = 4, Period = 8, LetterOrDigit = 16;

        private readonly ulong lower;
        private readonly ulong shortShape;
        private readonly ulong trigger;
        private readonly uint gazetteerStart;
        private readonly byte capClass;
        private readonly byte flags;
        private readonly short wideSlot;

        public ContextValues(in TokenValues v, int wideSlot)
        {
            this.wideSlot = (short)wideSlot;
            lower = v.Lower;
            shortShape = v.Short;
            trigger = v.Trigger;
            gazetteerStart = v.GazetteerStart;
            capClass = (byte)v.CapClass;
            flags = (byte)((v.IsTitle ? Title : 0) | (v.IsElision ? Elision : 0) | (v.IsQuote ? Quote : 0) | (v.IsPeriod ? Period : 0) | (v.HasLetterOrDigit ? LetterOrDigit : 0));
        }

        /// <summary>The side slot of the entry's neighbor sums, or −1.</summary>
        public int WideSlot => wideSlot;

        /// <summary>The same values with another <see cref="WideSlot"/>.</summary>
        public ContextValues WithWideSlot(int slot) => new(this, slot);

        private ContextValues(in ContextValues other, int wideSlot)
        {
            this = other;
            this.wideSlot = (short)wideSlot;
        }

        public TokenValues ToTokenValues(ulong word) => new()
        {
            Word = word,
            Lower = lower,
            Short = shortShape,
            Trigger = trigger,
            GazetteerStart = gazetteerStart,
            CapClass = capClass,
            IsTitle = (flags & Title) != 0,
            IsElision = (flags & Elision) != 0,
            IsQuote = (flags & Quote) != 0,
            IsPeriod = (flags & Period) != 0,
            HasLetterOrDigit = (flags & LetterOrDigit) != 0,
        };
    }
}
