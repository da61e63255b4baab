namespace Entities.Tagging;

/// <summary>
/// Computes the hashed features of every token of a sentence into caller-provided buffers. No string is allocated:
/// words, lower-case forms, prefixes, suffixes and shapes are hashed incrementally over the token's characters.
/// </summary>
/// <remarks>
/// A token's features are the union of three groups (see <see cref="FeatureTemplates"/> for the rule deciding where a
/// template goes): its intrinsic features (<see cref="TokenFeatures"/>), the features its neighbors at offsets −2…+2 give it
/// (<see cref="NeighborFeatures"/>) and its context features (<see cref="ContextFeatures"/>). Training uses the full lists
/// built here; inference (<see cref="CachedEmissions"/>) uses the same three group methods, caching the sums of the first
/// two per distinct token.
/// </remarks>
internal static class FeatureExtractor
{
    /// <summary>Upper bound of features per token.</summary>
    public const int MaxFeaturesPerToken = 64 + 3 * 30;

    /// <summary>Per-sentence work arrays, sized for <c>n</c> tokens. Exclusive to one call at a time.</summary>
    internal sealed class Workspace
    {
        /// <summary>Per token: its values.</summary>
        public TokenValues[] Values = [];

        /// <summary>Per token: the hash of the word as written (the gazetteer matcher's input).</summary>
        public ulong[] Word = [];

        /// <summary>Per token: the gazetteer matcher's first step from it (<see cref="TokenValues.GazetteerStart"/>).</summary>
        public uint[] GazetteerStart = [];

        /// <summary>Per token and gazetteer: the position of the token in a match (see <see cref="GazetteerMatcher.Match(ReadOnlySpan{ulong}, Span{byte})"/>).</summary>
        public byte[] GazMarks = [];

        /// <summary>Per token: 1 when some gazetteer marks it in <see cref="GazMarks"/>, else 0.</summary>
        public byte[] GazMarked = [];

        /// <summary>Token i's features are <c>Features[i * MaxFeaturesPerToken ..]</c>, <c>Counts[i]</c> of them.</summary>
        public ulong[] Features = [];

        /// <summary>Number of features of each token.</summary>
        public int[] Counts = [];

        /// <summary>Scratch for the table rows of the features.</summary>
        public int[] Rows = [];

        /// <summary>Inference with the cached per-token sums of the model this workspace serves (created on first use).</summary>
        public CachedEmissions? Cached;

        /// <summary>The decoding arrays of the tagger this workspace serves (created on first use).</summary>
        public DecodingScratch? Decoding;

        /// <summary>Makes room for <paramref name="n"/> tokens and <paramref name="gazetteers"/> gazetteers.</summary>
        public void Ensure(int n, int gazetteers)
        {
            if (Values.Length < n)
            {
                int size = Math.Max(n, 64);
                Values = new TokenValues[size];
                Word = new ulong[size];
                GazetteerStart = new uint[size];
                GazMarked = new byte[size];
                Counts = new int[size];
                Features = new ulong[size * MaxFeaturesPerToken];
                Rows = new int[size * MaxFeaturesPerToken];
                GazMarks = new byte[size * Math.Max(1, gazetteers)];
            }
            else if (GazMarks.Length < n * gazetteers)
            {
                GazMarks = new byte[Values.Length * gazetteers];
            }
        }
    }

    /// <summary>Fills <c>workspace.Features[i * MaxFeaturesPerToken ..]</c> and <c>workspace.Counts[i]</c> for each token.</summary>
    /// <remarks>
    /// Add no feature here: a new template goes into <see cref="TokenFeatures"/>, <see cref="NeighborFeatures"/> or
    /// <see cref="ContextFeatures"/> (rule in <see cref="FeatureTemplates"/>), which inference calls too; a feature written
    /// only here would be trained but never seen by <see cref="CachedEmissions"/>. A new per-token value the templates need
    /// goes into <see cref="TokenValues"/>.
    /// </remarks>
    public static void Extract(IReadOnlyList<string> tokens, FeatureConfiguration configuration, Workspace w)
    {
        int n = tokens.Count;
        var matcher = configuration.Matcher;
        w.Ensure(n, matcher.Count);
        for (int i = 0; i < n; i++)
        {
            w.Values[i] = TokenValues.Of(tokens[i], configuration);
            w.Word[i] = w.Values[i].Word;
            w.GazetteerStart[i] = w.Values[i].GazetteerStart;
        }

        matcher.Match(w.Word.AsSpan(0, n), w.GazetteerStart.AsSpan(0, n), w.GazMarks.AsSpan(0, n * matcher.Count), w.GazMarked);
        for (int i = 0; i < n; i++)
        {
            var f = w.Features.AsSpan(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            int k = 0;
            TokenFeatures.Add(tokens[i], w.Values[i], i == 0, configuration, f, ref k);
            foreach (int offset in NeighborFeatures.Offsets)
            {
                int j = i + offset;
                var neighbor = j >= 0 && j < n ? w.Values[j] : TokenValues.Padding(TokenValues.PaddingAt(j, n));
                NeighborFeatures.Add(offset, neighbor, configuration, f, ref k);
            }

            ContextFeatures.Add(w, i, n, configuration, f, ref k);
            w.Counts[i] = k;
        }
    }
}
