using Entities.Evaluation;

namespace Entities.Tests.Evaluation;

public sealed class SpanEvaluatorTests
{
    [Fact]
    public void CountsExactSpanMatches()
    {
        var evaluator = new SpanEvaluator();
        // gold: Jean Dupont (PER), Paris (LOC), Unesco (ORG), Tour (MISC)
        evaluator.Add(
            ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "B-MISC"],
            ["B-PER", "O", "O", "B-LOC", "O", "B-LOC", "B-MISC"]);
        var report = evaluator.Report();
        Assert.Equal(new LabelScore(0, 1, 1), report.PerLabel[EntityLabel.Person]);
        Assert.Equal(new LabelScore(1, 1, 0), report.PerLabel[EntityLabel.Location]);
        Assert.Equal(new LabelScore(0, 0, 1), report.PerLabel[EntityLabel.Organization]);
        Assert.Equal(new LabelScore(1, 2, 2), report.Core);
        Assert.Equal(new LabelScore(2, 2, 2), report.All);
        Assert.Equal(1.0 / 3, report.Core.Precision, 6);
        Assert.Equal(0.5, report.All.F1, 6);
        Assert.Contains("PER+LOC+ORG", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\"core\"", report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractsSpansFromIob2()
    {
        var spans = IobSpans.Extract(["B-PER", "I-PER", "I-LOC", "O", "I-ORG"]);
        Assert.Equal([(0, 2, EntityLabel.Person), (2, 3, EntityLabel.Location), (4, 5, EntityLabel.Organization)], spans);
    }
}
