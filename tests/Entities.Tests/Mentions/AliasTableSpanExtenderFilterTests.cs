using Entities.Corpora;
using Entities.French.Resolution;
using Entities.Mentions;
using Entities.Tests.Support;

namespace Entities.Tests.Mentions;

/// <summary>The extender gives the same mentions with and without its pre-check of the keys (<see cref="MatchKeySkeletonFilter"/>).</summary>
public sealed class AliasTableSpanExtenderFilterTests
{
    private static readonly AliasTableSpanExtender Filtered = new(FrenchAliasTable.Default, skeletonFilter: true);
    private static readonly AliasTableSpanExtender Unfiltered = new(FrenchAliasTable.Default, skeletonFilter: false);

    [Fact]
    public void EveryNameOfTheFrenchTableExtendsFromItsFirstWordAsWithoutTheFilter()
    {
        int extended = 0, names = 0;
        foreach (var entry in FrenchAliasTable.Default.Entries)
        {
            foreach (string name in entry.AllNames)
            {
                var input = new RefinerInput($"Selon lui, {name} a répondu hier.");
                int first = input.Tokens.ToList().FindIndex(t => t.Start == "Selon lui, ".Length);
                if (first < 0) continue;
                input.With(input.Text[input.Tokens[first].Start..input.Tokens[first].End], entry.Label);
                var expected = input.Render(input.Run(Unfiltered));
                var actual = input.Render(input.Run(Filtered));
                Assert.Equal(expected, actual);
                names++;
                if (expected[0] == $"{name}/{entry.Label.ToCode()}" && name.Contains(' ')) extended++;
            }
        }

        Assert.True(names > 100, $"{names} names");
        Assert.True(extended > 50, $"{extended} names extended");
    }

    /// <summary>
    /// Mentions at random places of the shared corpora (skipped without them), each pair of sentences with a table name put
    /// between them, its first word a mention.
    /// </summary>
    [SharedDataFact]
    public void RealTextGivesTheSameMentionsAsWithoutTheFilter()
    {
        var random = new Random(20261121);
        var labels = new[] { EntityLabel.Person, EntityLabel.Location, EntityLabel.Organization, EntityLabel.Miscellaneous };
        var names = FrenchAliasTable.Default.Entries.SelectMany(e => e.AllNames).ToArray();
        int documents = 0, changed = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Directory!, "ner", "dev"), "*.iob2"))
        {
            var sentences = IobReader.ReadFile(file).Take(3000).Select(s => string.Join(' ', s.Tokens)).ToList();
            for (int i = 0; i + 1 < sentences.Count; i += 2)
            {
                string before = sentences[i] + " Selon ";
                var input = new RefinerInput(before + names[random.Next(names.Length)] + " " + sentences[i + 1]);
                for (int t = 0; t < input.Tokens.Count; t++)
                {
                    if (input.Mentions.Count > 0 && input.Tokens[t].Start < input.Mentions[^1].End) continue;
                    if (input.Tokens[t].Start == before.Length)
                    {
                        input.With(input.Text[input.Tokens[t].Start..input.Tokens[t].End], labels[random.Next(labels.Length)]);
                        continue;
                    }

                    if (random.Next(4) != 0) continue;
                    int last = Math.Min(input.Tokens.Count - 1, t + random.Next(3));
                    string surface = input.Text[input.Tokens[t].Start..input.Tokens[last].End];
                    if (input.Text.IndexOf(surface, input.Mentions.Count == 0 ? 0 : input.Mentions[^1].End, StringComparison.Ordinal) != input.Tokens[t].Start) continue;
                    input.With(surface, labels[random.Next(labels.Length)]);
                }

                var expected = input.Run(Unfiltered);
                var actual = input.Run(Filtered);
                Assert.Equal(input.Render(expected), input.Render(actual));
                documents++;
                if (!ReferenceEquals(expected, input.Mentions)) changed++;
            }
        }

        Assert.True(documents > 1000, $"{documents} documents");
        Assert.True(changed > 10, $"{changed} documents with an extended mention");
    }
}
