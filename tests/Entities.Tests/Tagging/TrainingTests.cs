using Entities.Evaluation;
using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Tagging;

public sealed class TrainingTests
{
    private static readonly FeatureConfiguration Features = new()
    {
        TitleWords = ["m", "mme"],
        ElisionWords = ["l", "d"],
        Gazetteers = [new Gazetteer("city", ["Lyon", "Paris", "Saint-Étienne"])],
        LowercaseWords = ["le", "la", "maire"],
    };

    private static CrfTagger Train(int seed) =>
        new TaggerTrainer(new TrainerOptions { Epochs = 8, Seed = seed, MinFeatureCount = 1, Patience = 0 })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, Features);

    private static byte[] Bytes(CrfTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void SameSeedGivesByteIdenticalModel()
    {
        Assert.Equal(Bytes(Train(7)), Bytes(Train(7)));
    }

    [Fact]
    public void LearnsTheTrainingCorpus()
    {
        var report = TaggerEvaluation.Evaluate(Train(1), TinyCorpus.Sentences);
        Assert.Equal(1.0, report.All.F1, 3);
    }

    [Fact]
    public void ReportsProgressPerEpoch()
    {
        var reports = new List<EpochReport>();
        new TaggerTrainer(new TrainerOptions { Epochs = 3, Patience = 0, MinFeatureCount = 1 })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, Features, new InlineProgress(reports.Add));
        Assert.Equal([1, 2, 3], reports.Select(r => r.Epoch));
        Assert.All(reports, r => Assert.InRange(r.DevF1, 0, 1));
    }

    [Fact]
    public void SpansCarryScoresBetweenZeroAndOne()
    {
        var spans = Train(1).Tag(["Marie", "Dupont", "habite", "à", "Lyon", "."]);
        Assert.Equal([(0, 2, EntityLabel.Person), (4, 5, EntityLabel.Location)], spans.Select(s => (s.Start, s.End, s.Label)));
        Assert.All(spans, s => Assert.InRange(s.Score, 0, 1));
    }

    [Fact]
    public void EmptySentenceGivesNoSpan()
    {
        Assert.Empty(Train(1).Tag([]));
    }

    private sealed class InlineProgress(Action<EpochReport> action) : IProgress<EpochReport>
    {
        public void Report(EpochReport value) => action(value);
    }
}
