using Entities.Evaluation;
using Entities.Tagging;
using Entities.Tests.Tagging;
using Entities.Training;

namespace Entities.Tests.Training;

/// <summary>Ensembles, feature dropout and the CRF learner of <see cref="TaggerTrainer"/>.</summary>
public sealed class TrainingMethodTests
{
    private static readonly FeatureConfiguration Features = new()
    {
        TitleWords = ["m", "mme"],
        ElisionWords = ["l", "d"],
        Gazetteers = [new Gazetteer("city", ["Lyon", "Paris", "Saint-Étienne"])],
        LowercaseWords = ["le", "la", "maire"],
    };

    private static CrfTagger Train(TrainerOptions options, IProgress<EpochReport>? progress = null) =>
        new TaggerTrainer(options).Train(TinyCorpus.Sentences, TinyCorpus.Sentences, Features, progress);

    private static TrainerOptions Options(int seed = 1, int ensemble = 1, float featureDropout = 0, float wordDropout = 0, UpdateRule update = UpdateRule.Perceptron,
        float margin = 0, float l2 = 0) =>
        new()
        {
            Epochs = update == UpdateRule.Crf ? 30 : 10, Seed = seed, MinFeatureCount = 1, Patience = 0, Ensemble = ensemble, FeatureDropout = featureDropout,
            WordDropout = wordDropout, Update = update, MarginCost = margin, L2 = l2, LearningRate = 0.3f,
        };

    private static byte[] Bytes(CrfTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    public static TheoryData<string, TrainerOptions> Methods => new()
    {
        { "ensemble of 3", Options(ensemble: 3) },
        { "feature dropout", Options(featureDropout: 0.2f) },
        { "word dropout", Options(wordDropout: 0.3f) },
        { "crf", Options(update: UpdateRule.Crf) },
        { "crf, softmax-margin, l2", Options(update: UpdateRule.Crf, margin: 1, l2: 0.1f) },
        { "crf ensemble with dropout", Options(update: UpdateRule.Crf, ensemble: 2, featureDropout: 0.1f) },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public void LearnsTheTrainingCorpus(string name, TrainerOptions options)
    {
        var report = TaggerEvaluation.Evaluate(Train(options), TinyCorpus.Sentences);
        Assert.True(report.All.F1 > 0.999, $"{name}: F1 {report.All.F1}");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void SameSeedGivesByteIdenticalModel(string name, TrainerOptions options)
    {
        Assert.True(Bytes(Train(options)).AsSpan().SequenceEqual(Bytes(Train(options))), name);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void DiffersFromThePlainPerceptron(string name, TrainerOptions options)
    {
        Assert.False(Bytes(Train(Options())).AsSpan().SequenceEqual(Bytes(Train(options))), name);
    }

    [Fact]
    public void EnsembleOfOneIsThePlainModel()
    {
        Assert.Equal(Bytes(Train(Options(seed: 4))), Bytes(Train(Options(seed: 4, ensemble: 1))));
    }

    [Fact]
    public void EnsembleReportsEveryMemberThenTheMean()
    {
        var reports = new List<EpochReport>();
        Train(new TrainerOptions { Epochs = 2, Patience = 0, MinFeatureCount = 1, Ensemble = 3 }, new InlineProgress(reports.Add));
        Assert.Equal([1, 1, 2, 2, 3, 3, 0], reports.Select(r => r.Member));
        Assert.All(reports, r => Assert.Equal(3, r.Members));
        Assert.Equal(0, reports[^1].Epoch);
        Assert.InRange(reports[^1].DevF1, 0, 1);
    }

    [Fact]
    public void MembersGetDistinctSeedsAndTheFirstKeepsTheSeed()
    {
        var seeds = Enumerable.Range(1, 8).Select(m => TaggerTrainer.MemberSeed(42, m)).ToList();
        Assert.Equal(42, seeds[0]);
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.All(seeds, s => Assert.True(s >= 0));
    }

    [Fact]
    public void L2ShrinksTheCrfWeights()
    {
        static double Norm(CrfTagger tagger) => tagger.Model.Table.CopyWeights().Sum(w => (double)w * w);
        Assert.True(Norm(Train(Options(update: UpdateRule.Crf, l2: 2))) < Norm(Train(Options(update: UpdateRule.Crf))));
    }

    [Theory]
    [InlineData(1f, 0f, 1)]
    [InlineData(-0.1f, 0f, 1)]
    [InlineData(0f, 1f, 1)]
    [InlineData(0f, -0.5f, 1)]
    [InlineData(0f, 0f, 0)]
    public void RejectsOutOfRangeSettings(float featureDropout, float wordDropout, int ensemble)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaggerTrainer(new TrainerOptions { FeatureDropout = featureDropout, WordDropout = wordDropout, Ensemble = ensemble }));
    }

    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(-1f, 0f)]
    [InlineData(0.1f, -1f)]
    public void RejectsOutOfRangeCrfSettings(float learningRate, float l2)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaggerTrainer(new TrainerOptions { Update = UpdateRule.Crf, LearningRate = learningRate, L2 = l2 }));
    }

    private sealed class InlineProgress(Action<EpochReport> action) : IProgress<EpochReport>
    {
        public void Report(EpochReport value) => action(value);
    }
}
