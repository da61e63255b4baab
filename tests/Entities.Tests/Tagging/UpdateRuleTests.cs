using Entities.Evaluation;
using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Tagging;

public sealed class UpdateRuleTests
{
    private static readonly FeatureConfiguration Features = new()
    {
        TitleWords = ["m", "mme"],
        ElisionWords = ["l", "d"],
        Gazetteers = [new Gazetteer("city", ["Lyon", "Paris", "Saint-Étienne"])],
        LowercaseWords = ["le", "la", "maire"],
    };

    private static CrfTagger Train(UpdateRule rule, float margin, bool average, int seed = 1) =>
        new TaggerTrainer(new TrainerOptions
        {
            Epochs = rule == UpdateRule.Perceptron ? 10 : 40, Seed = seed, MinFeatureCount = 1, Patience = 0, Update = rule, MarginCost = margin, Average = average, Aggressiveness = 0.5f,
        }).Train(TinyCorpus.Sentences, TinyCorpus.Sentences, Features);

    private static byte[] Bytes(CrfTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(UpdateRule.Perceptron, 1f, true)]
    [InlineData(UpdateRule.Perceptron, 0f, false)]
    [InlineData(UpdateRule.PassiveAggressive, 2f, true)]
    [InlineData(UpdateRule.PassiveAggressive, 2f, false)]
    public void EveryRuleLearnsTheTrainingCorpus(UpdateRule rule, float margin, bool average)
    {
        var report = TaggerEvaluation.Evaluate(Train(rule, margin, average), TinyCorpus.Sentences);
        Assert.Equal(1.0, report.All.F1, 3);
    }

    [Fact]
    public void PassiveAggressiveIsDeterministic()
    {
        Assert.Equal(Bytes(Train(UpdateRule.PassiveAggressive, 1f, true, 5)), Bytes(Train(UpdateRule.PassiveAggressive, 1f, true, 5)));
    }

    [Fact]
    public void MarginChangesTheModel()
    {
        Assert.NotEqual(Bytes(Train(UpdateRule.Perceptron, 0f, true)), Bytes(Train(UpdateRule.Perceptron, 2f, true)));
    }

    [Theory]
    [InlineData(-1f, 0.5f)]
    [InlineData(0f, 0f)]
    [InlineData(0f, -0.1f)]
    public void RejectsOutOfRangeSettings(float margin, float aggressiveness)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaggerTrainer(new TrainerOptions { MarginCost = margin, Aggressiveness = aggressiveness }));
    }
}
