namespace Entities.Tagging;

/// <summary>
/// Finds gazetteer entries in a token sequence with hashed token prefixes: for each start, the longest entry of each
/// gazetteer; positions are marked B/I/L/U per gazetteer. One walk per start position serves all gazetteers.
/// Immutable and allocation-free at match time.
/// </summary>
internal sealed class GazetteerMatcher
{
    private const uint PrefixBit = 1;
    private readonly Dictionary<ulong, uint> phrases = [];

    public GazetteerMatcher(IReadOnlyList<Gazetteer> gazetteers)
    {
        if (gazetteers.Count > 30) throw new ArgumentException("At most 30 gazetteers are supported.", nameof(gazetteers));
        Count = gazetteers.Count;
        phrases.EnsureCapacity(gazetteers.Sum(g => g.Entries.Count));
        for (int g = 0; g < gazetteers.Count; g++)
        {
            foreach (var entry in gazetteers[g].Entries)
            {
                var tokens = Gazetteer.TokenizeEntry(entry);
                if (tokens.Count == 0 || tokens.Count > MaxLength) continue;
                ulong h = FeatureHash.Offset;
                for (int i = 0; i < tokens.Count; i++)
                {
                    h = FeatureHash.Combine(h, FeatureHash.OfSpan(tokens[i]));
                    uint bits = i == tokens.Count - 1 ? 1u << (g + 1) : PrefixBit;
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(phrases, h, out _) |= bits;
                }
            }
        }

        // A filter of the keys, 32 to 64 bits a key (at most 1 MB): most continuations are no key, and the
        // filter rejects them from the second-level cache where the dictionary would cost a miss of main memory or two.
        int shiftBits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(1, phrases.Count)) + 5, 6, 23);
        continuationShift = 64 - shiftBits;
        continuationFilter = new ulong[(1 << shiftBits) / 64];
        foreach (ulong key in phrases.Keys)
        {
            ulong bit = key >> continuationShift;
            continuationFilter[bit >> 6] |= 1UL << (int)bit;
        }
    }

    /// <summary>A bit per key of <see cref="phrases"/>, indexed by the key's top bits: a clear bit proves the key is absent.</summary>
    private readonly ulong[] continuationFilter;

    /// <summary>64 minus the number of index bits of <see cref="continuationFilter"/>.</summary>
    private readonly int continuationShift;

    /// <summary>The bits of a phrase key (the dictionary read only when the filter may hold it: the same answers).</summary>
    private bool TryGetPhrase(ulong key, out uint bits)
    {
        ulong bit = key >> continuationShift;
        if ((continuationFilter[bit >> 6] & (1UL << (int)bit)) == 0)
        {
            bits = 0;
            return false;
        }

        return phrases.TryGetValue(key, out bits);
    }

    public const int MaxLength = 8;

    public int Count { get; }

    /// <summary>
    /// Marks, for each token and gazetteer, the position of the token in a match:
    /// <c>marks[i * Count + g]</c> = 0 none, 1 B, 2 I, 3 L, 4 U.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> wordHashes, Span<byte> marks)
    {
        Span<uint> firstSteps = wordHashes.Length <= 256 ? stackalloc uint[wordHashes.Length] : new uint[wordHashes.Length];
        for (int i = 0; i < wordHashes.Length; i++) firstSteps[i] = FirstStep(wordHashes[i]);
        Span<byte> marked = wordHashes.Length <= 256 ? stackalloc byte[wordHashes.Length] : new byte[wordHashes.Length];
        Match(wordHashes, firstSteps, marks, marked);
    }

    /// <summary>
    /// The entry bits of the one-token prefix made of the token whose hash is <paramref name="wordHash"/> (0 when no entry
    /// starts with it): the first step of every walk in <see cref="Match(ReadOnlySpan{ulong}, ReadOnlySpan{uint}, Span{byte}, Span{byte})"/>,
    /// which depends on the token alone and can be computed once per distinct token.
    /// </summary>
    public uint FirstStep(ulong wordHash) => Count == 0 ? 0 : phrases.GetValueOrDefault(FeatureHash.Combine(FeatureHash.Offset, wordHash));

    /// <summary>
    /// As <see cref="Match(ReadOnlySpan{ulong}, Span{byte})"/>, with each token's <see cref="FirstStep"/> given; also sets
    /// <paramref name="marked"/>[i] to 1 when some gazetteer marks token i, else 0.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> wordHashes, ReadOnlySpan<uint> firstSteps, Span<byte> marks, Span<byte> marked)
    {
        marks.Clear();
        marked[..wordHashes.Length].Clear();
        if (Count == 0) return;
        int n = wordHashes.Length, g = Count;
        Span<int> nextFree = stackalloc int[g];
        Span<int> best = stackalloc int[g];
        nextFree.Clear();
        for (int i = 0; i < n; i++)
        {
            if (firstSteps[i] == 0) continue;
            best.Clear();
            bool any = false;
            ulong h = FeatureHash.Offset;
            for (int j = i; j < n && j - i < MaxLength; j++)
            {
                h = FeatureHash.Combine(h, wordHashes[j]);
                uint bits;
                if (j == i) bits = firstSteps[i];
                else if (!TryGetPhrase(h, out bits)) break;
                for (uint b = bits >> 1, gi = 0; b != 0; b >>= 1, gi++)
                {
                    if ((b & 1) != 0) { best[(int)gi] = j - i + 1; any = true; }
                }

                if ((bits & PrefixBit) == 0) break;
            }

            if (!any) continue;
            for (int gi = 0; gi < g; gi++)
            {
                int length = best[gi];
                if (length == 0 || i < nextFree[gi]) continue;
                if (length == 1) marks[i * g + gi] = 4;
                else
                {
                    marks[i * g + gi] = 1;
                    for (int k = i + 1; k < i + length - 1; k++) marks[k * g + gi] = 2;
                    marks[(i + length - 1) * g + gi] = 3;
                }

                marked.Slice(i, length).Fill(1);

                nextFree[gi] = i + length;
            }
        }
    }
}
