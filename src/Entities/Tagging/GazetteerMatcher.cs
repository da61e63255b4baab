namespace Entities.Tagging;

/// <summary>
/// Finds gazetteer entries in a token sequence with hashed token prefixes: for each start, the longest entry of each
/// gazetteer; positions are marked B/I/L/U per gazetteer. Immutable and allocation-free at match time.
/// </summary>
internal sealed class GazetteerMatcher
{
    private const uint PrefixBit = 1;
    private readonly Dictionary<ulong, uint> phrases = [];

    public GazetteerMatcher(IReadOnlyList<Gazetteer> gazetteers)
    {
        if (gazetteers.Count > 30) throw new ArgumentException("At most 30 gazetteers are supported.", nameof(gazetteers));
        Count = gazetteers.Count;
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
                    phrases[h] = phrases.GetValueOrDefault(h) | bits;
                }
            }
        }
    }

    public const int MaxLength = 8;

    public int Count { get; }

    /// <summary>
    /// Marks, for each token and gazetteer, the position of the token in a match:
    /// <c>marks[i * Count + g]</c> = 0 none, 1 B, 2 I, 3 L, 4 U.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> wordHashes, Span<byte> marks)
    {
        marks.Clear();
        if (Count == 0) return;
        int n = wordHashes.Length;
        for (int g = 0; g < Count; g++)
        {
            uint bit = 1u << (g + 1);
            int i = 0;
            while (i < n)
            {
                int best = 0;
                ulong h = FeatureHash.Offset;
                for (int j = i; j < n && j - i < MaxLength; j++)
                {
                    h = FeatureHash.Combine(h, wordHashes[j]);
                    if (!phrases.TryGetValue(h, out uint bits)) break;
                    if ((bits & bit) != 0) best = j - i + 1;
                    if ((bits & PrefixBit) == 0) break;
                }

                if (best == 0) { i++; continue; }
                if (best == 1) marks[i * Count + g] = 4;
                else
                {
                    marks[i * Count + g] = 1;
                    for (int k = i + 1; k < i + best - 1; k++) marks[k * Count + g] = 2;
                    marks[(i + best - 1) * Count + g] = 3;
                }

                i += best;
            }
        }
    }
}
