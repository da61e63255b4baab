using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Training;

public sealed class FineNeighborsTests
{
    private static CrfTagger Train(bool fineNeighbors)
    {
        var clusters = WordClustering.Cluster(Tagging.TinyCorpus.Sentences.Select(s => s.Tokens), new WordClusteringOptions { MinCount = 1, Coarse = 3, Fine = 6 });
        var features = new FeatureConfiguration { WordClusters = clusters, FineNeighbors = fineNeighbors };
        return new TaggerTrainer(new TrainerOptions { Epochs = 3, MinFeatureCount = 1, Patience = 0 })
            .Train(Tagging.TinyCorpus.Sentences, Tagging.TinyCorpus.Sentences, features);
    }

    [Fact]
    public void TheFlagRoundTripsAsVersionThreeAndTheCachedEmissionsStayExact()
    {
        var tagger = Train(fineNeighbors: true);
        Assert.True(tagger.FeatureCount > Train(fineNeighbors: false).FeatureCount);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        var bytes = stream.ToArray();
        Assert.Equal(3, BitConverter.ToUInt16(bytes, 8));
        var loaded = CrfTagger.Load(new MemoryStream(bytes));
        Assert.True(loaded.Features.FineNeighbors);
        var workspace = new FeatureExtractor.Workspace();
        foreach (var sentence in Tagging.TinyCorpus.Sentences)
        {
            Assert.Equal(tagger.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
            int size = sentence.Count * loaded.Model.TagSet.Count;
            var expected = new float[size];
            var actual = new float[size];
            loaded.UncachedEmissions(sentence.Tokens, expected);
            workspace.Cached ??= new CachedEmissions(loaded.Model);
            workspace.Cached.Compute(sentence.Tokens, workspace, actual);
            Assert.Equal(expected, actual);
        }
    }
}
