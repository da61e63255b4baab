using Entities.Corpora;
using Entities.Tagging;

namespace Entities.Training;

/// <summary>Sentences turned into dense feature indices and gold BILOU tags, for fast epochs.</summary>
internal sealed class FeaturizedCorpus
{
    private FeaturizedCorpus(int[][] features, int[][] offsets, int[][] gold, IReadOnlyList<CorpusSentence> sentences)
    {
        Features = features;
        Offsets = offsets;
        Gold = gold;
        Sentences = sentences;
    }

    /// <summary>Per sentence, the feature indices of all tokens, concatenated.</summary>
    public int[][] Features { get; }

    /// <summary>Per sentence, token i's features are <c>Features[s][Offsets[s][i] .. Offsets[s][i + 1])</c>.</summary>
    public int[][] Offsets { get; }

    /// <summary>Per sentence, the gold BILOU tags.</summary>
    public int[][] Gold { get; }

    public IReadOnlyList<CorpusSentence> Sentences { get; }

    public int Count => Gold.Length;

    /// <summary>Builds the feature index from the training sentences (features seen at least <paramref name="minCount"/> times).</summary>
    public static (FeaturizedCorpus Corpus, ulong[] Hashes) BuildTraining(IReadOnlyList<CorpusSentence> sentences, FeatureConfiguration configuration, TagSet tagSet, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        var ws = new SentenceFeaturizer(configuration);
        foreach (var sentence in sentences)
        {
            ws.Extract(sentence.Tokens);
            for (int i = 0; i < sentence.Count; i++)
            {
                foreach (ulong f in ws.FeaturesOf(i))
                {
                    ref int c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, f, out bool exists);
                    if (!exists) order.Add(f);
                    c++;
                }
            }
        }

        var index = new Dictionary<ulong, int>();
        var hashes = new List<ulong>();
        foreach (ulong f in order)
        {
            if (counts[f] < minCount) continue;
            index[f] = hashes.Count;
            hashes.Add(f);
        }

        return (Build(sentences, configuration, tagSet, index), hashes.ToArray());
    }

    /// <summary>Featurizes sentences with an existing index; unknown features are dropped.</summary>
    public static FeaturizedCorpus Build(IReadOnlyList<CorpusSentence> sentences, FeatureConfiguration configuration, TagSet tagSet, Dictionary<ulong, int> index)
    {
        var features = new int[sentences.Count][];
        var offsets = new int[sentences.Count][];
        var gold = new int[sentences.Count][];
        var ws = new SentenceFeaturizer(configuration);
        var buffer = new List<int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int n = sentence.Count;
            ws.Extract(sentence.Tokens);
            buffer.Clear();
            var off = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                off[i] = buffer.Count;
                foreach (ulong f in ws.FeaturesOf(i))
                    if (index.TryGetValue(f, out int id)) buffer.Add(id);
            }

            off[n] = buffer.Count;
            features[s] = buffer.ToArray();
            offsets[s] = off;
            gold[s] = new int[n];
            tagSet.FromIob2(sentence.Tags, gold[s]);
        }

        return new FeaturizedCorpus(features, offsets, gold, sentences);
    }

    public static Dictionary<ulong, int> IndexOf(ulong[] hashes)
    {
        var index = new Dictionary<ulong, int>(hashes.Length);
        for (int i = 0; i < hashes.Length; i++) index[hashes[i]] = i;
        return index;
    }
}
