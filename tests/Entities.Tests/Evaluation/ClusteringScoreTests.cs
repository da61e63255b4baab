using Entities.Evaluation;

namespace Entities.Tests.Evaluation;

public sealed class ClusteringScoreTests
{
    private static Dictionary<string, string> Clusters(string spec) =>
        spec.Split(' ').Select(pair => pair.Split(':')).ToDictionary(p => p[0], p => p[1]);

    [Theory]
    // Identical clusterings.
    [InlineData("a:1 b:1 c:2", "a:x b:x c:y", 1.0, 1.0)]
    // Everything merged: precision = (2/3·2 + 1/3) / 3 = 5/9, recall 1.
    [InlineData("a:1 b:1 c:2", "a:x b:x c:x", 5.0 / 9, 1.0)]
    // Everything split: precision 1, recall = (1/2 + 1/2 + 1) / 3 = 2/3.
    [InlineData("a:1 b:1 c:2", "a:x b:y c:z", 1.0, 2.0 / 3)]
    // A missed mention: singleton on the predicted side, recall (1/2 + 1/2 + 1) / 3; precision over predicted items only.
    [InlineData("a:1 b:1 c:2", "a:x c:y", 1.0, 2.0 / 3)]
    // A spurious mention d merged with a and b: precision (2/3 + 2/3 + 1/3) / 3 over predicted items, recall 1.
    [InlineData("a:1 b:1", "a:x b:x d:x", 5.0 / 9, 1.0)]
    public void MatchesHandComputedValues(string gold, string predicted, double precision, double recall)
    {
        var score = ClusteringScore.BCubed(Clusters(gold), Clusters(predicted));
        Assert.Equal(precision, score.Precision, 9);
        Assert.Equal(recall, score.Recall, 9);
    }

    [Fact]
    public void EmptySidesScoreZero()
    {
        var score = ClusteringScore.BCubed(new Dictionary<string, string>(), new Dictionary<string, string>());
        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
    }
}
