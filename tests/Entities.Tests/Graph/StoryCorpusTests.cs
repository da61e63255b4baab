using Entities.Evaluation;
using Xunit.Abstractions;

namespace Entities.Tests.Graph;

/// <summary>
/// Three articles about one story, using every alias form across documents (l'Otan / OTAN / the long form, Mark Rutte /
/// M. Rutte, the NIS long form then NIS, Kim Jong-un / Kim Jong Un, Zelensky / Zelenski, …): each real-world entity must end
/// as exactly one graph node.
/// </summary>
public sealed class StoryCorpusTests(ITestOutputHelper output)
{
    private static StoryCorpus Corpus => StoryCorpus.Instance;

    [Fact]
    public void GoldMentionsSpellTheirText()
    {
        Assert.Equal(3, Corpus.Texts.Count);
        foreach (var mention in Corpus.Gold.Keys)
        {
            string text = Corpus.Texts[mention.Document];
            Assert.True(mention.Start + mention.Surface.Length <= text.Length, mention.ToString());
            Assert.Equal(mention.Surface, text.Substring(mention.Start, mention.Surface.Length));
        }
    }

    [Fact]
    public void EachEntityIsExactlyOneNode()
    {
        var predicted = Corpus.Predicted();
        foreach (var group in Corpus.Gold.GroupBy(pair => pair.Value, pair => pair.Key))
        {
            var nodes = group.Where(predicted.ContainsKey).Select(m => predicted[m]).Distinct().ToList();
            Assert.True(nodes.Count == 1, $"{group.Key} is spread over {nodes.Count} nodes: {string.Join(", ", nodes)}");
            var others = Corpus.Gold.Where(pair => pair.Value != group.Key && predicted.TryGetValue(pair.Key, out var node) && node == nodes[0]).Select(pair => pair.Key);
            Assert.Empty(others);
        }
    }

    [Fact]
    public void NodeCountIsTheNumberOfRealEntities()
    {
        int entities = Corpus.Gold.Values.Distinct().Count();
        Assert.Equal(14, entities);
        Assert.Equal(entities, Corpus.Graph.NodeCount);
    }

    [Fact]
    public void BCubedScoresOfTheClustering()
    {
        var predicted = Corpus.Predicted();
        var score = ClusteringScore.BCubed(Corpus.Gold, predicted);
        int found = Corpus.Gold.Keys.Count(predicted.ContainsKey);
        output.WriteLine($"gold mentions {Corpus.Gold.Count}, predicted {predicted.Count}, both {found}");
        output.WriteLine($"B-cubed precision {score.Precision:F4}, recall {score.Recall:F4}, F1 {score.F1:F4}");
        foreach (var missed in Corpus.Gold.Keys.Where(m => !predicted.ContainsKey(m))) output.WriteLine($"missed {missed}");
        foreach (var extra in predicted.Keys.Where(m => !Corpus.Gold.ContainsKey(m))) output.WriteLine($"spurious {extra}");
        Assert.Equal(1.0, score.Precision, 9);
        Assert.True(score.Recall >= 0.95, $"B-cubed recall {score.Recall:F4}");
    }
}
