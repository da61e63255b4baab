using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class LabelConsistencyRefinerTests
{
    /// <summary>Each mention as surface:LABEL:score, in text order; the expected labels in the same order.</summary>
    [Theory]
    [InlineData("Villefort entra. Villefort salua. Villefort partit.", "PER:0.9 PER:0.8 LOC:0.6", "PER PER PER")]          // 1.7 vs 0.6
    [InlineData("Villefort entra. Villefort salua.", "PER:0.9 LOC:0.6", "PER LOC")]                                            // 0.9 vs 0.6: no one dominates
    [InlineData("Washington parle. Washington vote.", "PER:0.5 LOC:0.5", "PER LOC")]                                           // split evenly
    [InlineData("Orsay ferme. Orsay ouvre. Orsay reste.", "ORG:0.9 ORG:0.9 MISC:0.9", "ORG ORG MISC")]                          // MISC keeps its label
    [InlineData("Lyon gagne. Lyon perd. Lyon joue.", "ORG:0.3 LOC:0.9 LOC:0.9", "LOC LOC LOC")]
    public void TheDominantLabelWins(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text);
        var labels = mentions.Split(' ');
        string word = text.Split(' ')[0];
        int from = 0;
        foreach (string spec in labels)
        {
            var parts = spec.Split(':');
            int start = text.IndexOf(word, from, StringComparison.Ordinal);
            input.Add(new EntityMention(start, start + word.Length, word, (EntityLabels.TryParse(parts[0], out var label) ? label : throw new FormatException(parts[0])), double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), null));
            from = start + word.Length;
        }

        var refined = input.Run(LabelConsistencyRefiner.Instance);
        Assert.Equal(expected, string.Join(" ", refined.Select(m => m.Label.ToCode())));
        Assert.Equal(input.Mentions.Select(m => (m.Start, m.End)), refined.Select(m => (m.Start, m.End)));
    }

    [Fact]
    public void ADocumentWithoutConflictIsReturnedAsIs()
    {
        var input = new RefinerInput("Paris et Lyon.").With("Paris", EntityLabel.Location).With("Lyon", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(LabelConsistencyRefiner.Instance));
    }
}
