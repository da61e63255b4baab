using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Leaves features out of a training sentence for one visit: each feature with probability <c>featureRate</c>, and each
/// token's identity features (<see cref="IdentityFeatures"/>) together with probability <c>wordRate</c>. The draws are a
/// hash of the seed, the epoch, the sentence, the token and the feature position, so training stays deterministic and
/// the shuffle is untouched. Not thread-safe (one instance per training run; the returned arrays are reused).
/// </summary>
internal sealed class FeatureDropout
{
    private readonly FeaturizedCorpus corpus;
    private readonly ulong featureThreshold, wordThreshold;
    private readonly ulong seed;
    private readonly bool[][]? identity;
    private int[] features = new int[1024];
    private int[] offsets = new int[64];

    /// <param name="corpus">The training sentences.</param>
    /// <param name="hashes">Feature hashes by index.</param>
    /// <param name="featureRate">Probability of leaving out each feature.</param>
    /// <param name="wordRate">Probability of leaving out a token's identity features.</param>
    /// <param name="seed">Seed of the draws.</param>
    public FeatureDropout(FeaturizedCorpus corpus, ulong[] hashes, float featureRate, float wordRate, int seed)
    {
        this.corpus = corpus;
        featureThreshold = Threshold(featureRate);
        wordThreshold = Threshold(wordRate);
        this.seed = FeatureHash.Mix((ulong)(uint)seed + 0xD50D);
        if (wordRate > 0) identity = MarkIdentity(corpus, hashes);
    }

    /// <summary>The features of sentence <paramref name="sentence"/> kept for this visit (arrays valid until the next call).</summary>
    public (int[] Features, int[] Offsets) Apply(int sentence, int epoch)
    {
        var source = corpus.Features[sentence];
        var sourceOffsets = corpus.Offsets[sentence];
        int n = sourceOffsets.Length - 1;
        if (features.Length < source.Length) features = new int[source.Length * 2];
        if (offsets.Length < n + 1) offsets = new int[(n + 1) * 2];
        var flags = identity?[sentence];
        ulong visit = FeatureHash.Mix(seed ^ ((ulong)(uint)epoch << 32 | (uint)sentence));
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            offsets[i] = count;
            ulong tokenDraw = FeatureHash.Mix(visit + (ulong)i * 0x9E3779B97F4A7C15UL);
            bool dropWord = flags is not null && tokenDraw < wordThreshold;
            for (int k = sourceOffsets[i]; k < sourceOffsets[i + 1]; k++)
            {
                if (dropWord && flags![k]) continue;
                if (featureThreshold > 0 && FeatureHash.Mix(tokenDraw ^ (ulong)k) < featureThreshold) continue;
                features[count++] = source[k];
            }
        }

        offsets[n] = count;
        return (features, offsets);
    }

    private static ulong Threshold(float rate) => rate <= 0 ? 0 : (ulong)(rate * (double)ulong.MaxValue);

    private static bool[][] MarkIdentity(FeaturizedCorpus corpus, ulong[] hashes)
    {
        var result = new bool[corpus.Count][];
        Span<ulong> own = stackalloc ulong[SentenceFeaturizer.IdentityFeatureCount];
        for (int s = 0; s < corpus.Count; s++)
        {
            var tokens = corpus.Sentences[s].Tokens;
            var fs = corpus.Features[s];
            var off = corpus.Offsets[s];
            var flags = result[s] = new bool[fs.Length];
            for (int i = 0; i < tokens.Count; i++)
            {
                SentenceFeaturizer.IdentityFeaturesOf(tokens[i], i, own);
                for (int k = off[i]; k < off[i + 1]; k++) flags[k] = own.Contains(hashes[fs[k]]);
            }
        }

        return result;
    }
}
