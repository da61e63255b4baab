using Entities.Evaluation;
using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Tagging;

public sealed class CalibrationTests
{
    private static CrfTagger Train(bool fit) =>
        new TaggerTrainer(new TrainerOptions { Epochs = 6, MinFeatureCount = 1, Patience = 0, FitTemperature = fit })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, FeatureConfiguration.Empty);

    [Fact]
    public void TemperatureChangesScoresButNotMentions()
    {
        var raw = Train(fit: false);
        var model = raw.Model.WithTemperature(8);
        var scaled = new CrfTagger(model);
        Assert.Equal(1f, raw.Temperature);
        bool anyLower = false;
        foreach (var sentence in TinyCorpus.Sentences)
        {
            var a = raw.Tag(sentence.Tokens);
            var b = scaled.Tag(sentence.Tokens);
            Assert.Equal(a.Select(s => (s.Start, s.End, s.Label)), b.Select(s => (s.Start, s.End, s.Label)));
            Assert.All(b, s => Assert.InRange(s.Score, 0, 1));
            anyLower |= a.Zip(b).Any(p => p.Second.Score < p.First.Score - 1e-9);
        }

        Assert.True(anyLower, "a higher temperature should soften at least one score");
    }

    [Fact]
    public void FittedTemperatureDoesNotIncreaseTheDevLoss()
    {
        var raw = Train(fit: false);
        var cases = TemperatureFitter.Collect(raw.Model, TinyCorpus.Sentences);
        float fitted = TemperatureFitter.Fit(raw.Model, TinyCorpus.Sentences);
        Assert.True(TemperatureFitter.Loss(raw.Model, cases, fitted) <= TemperatureFitter.Loss(raw.Model, cases, 1) + 1e-12);
    }

    [Fact]
    public void ReliabilityTableCountsEveryPredictedMention()
    {
        var tagger = Train(fit: true);
        var report = CalibrationReport.Measure(tagger, TinyCorpus.Sentences);
        int predicted = TinyCorpus.Sentences.Sum(s => tagger.Tag(s.Tokens).Count(m => m.Label != EntityLabel.Miscellaneous));
        Assert.Equal(predicted, report.Mentions);
        Assert.Equal(predicted, report.Buckets.Sum(b => b.Count));
        Assert.InRange(report.Brier, 0, 1);
        Assert.Contains("| score | mentions | mean score | precision |", report.ToText("tiny"), StringComparison.Ordinal);
    }
}
