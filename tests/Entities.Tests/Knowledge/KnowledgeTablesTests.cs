using Entities.French.Data;
using Entities.French.Ner;
using Entities.Knowledge;

namespace Entities.Tests.Knowledge;

/// <summary>The knowledge tables under Data/knowledge/ (organizations, places, demonyms) load and agree with the built-in tables.</summary>
public sealed class KnowledgeTablesTests
{
    private static IEnumerable<string> TableFiles => FrenchDataFiles.FileNames
        .Where(f => f.StartsWith("knowledge/", StringComparison.Ordinal) && f.EndsWith(".tsv", StringComparison.Ordinal) && f != "knowledge/demonyms.tsv")
        .Order(StringComparer.Ordinal);

    [Fact]
    public void EveryTableParsesAndNoNameIsTwoEntriesOfOneLabel()
    {
        var problems = new List<string>();
        var entries = new List<AliasEntry>();
        foreach (string file in TableFiles)
        {
            try
            {
                entries.AddRange(FrenchDataFiles.Read(file, AliasTableReader.Parse));
            }
            catch (FormatException e)
            {
                problems.Add(e.Message);
            }
        }

        var owners = new Dictionary<(EntityLabel, string), AliasEntry>();
        foreach (var entry in entries)
        {
            foreach (string name in entry.AllNames)
            {
                string key = MatchKeyBuilder.FoldOnly.Build(name);
                if (owners.TryGetValue((entry.Label, key), out var other) && !ReferenceEquals(other, entry))
                    problems.Add($"'{name}' ({entry.Source}: {entry.Canonical}) and {other.Canonical} ({other.Source}) fold alike");
                else owners[(entry.Label, key)] = entry;
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(entries.Count >= 3000, $"{entries.Count} entries");
    }

    [Fact]
    public void DemonymsHaveFourLowerCaseFormsAndAPlace()
    {
        var rows = FrenchDataFiles.ReadEntries("knowledge/demonyms.tsv").Skip(1).Select(line => line.Split('\t')).ToList();
        Assert.True(rows.Count >= 400, $"{rows.Count} rows");
        Assert.All(rows, row =>
        {
            Assert.Equal(5, row.Length);
            Assert.NotEmpty(row[0]);
            Assert.All(row.Skip(1), form => Assert.Equal(form.ToLowerInvariant(), form));
        });
    }

    [Theory]
    [InlineData("known-ORG", "Eiffage")]
    [InlineData("known-ORG", "CFE-CGC")]
    [InlineData("known-LOC", "mer Noire")]
    [InlineData("demonym", "Sud-Africains")]
    [InlineData("demonym", "nord-coréen")]
    public void TheKnowledgeGazetteersHoldTheNames(string gazetteer, string name) =>
        Assert.Contains(name, Assert.Single(FrenchNerResources.KnowledgeGazetteers(), g => g.Name == gazetteer).Entries);
}

/// <summary>Companies, media and unions of the knowledge tables reach the rule layer: names the model misses are found.</summary>
public sealed class KnowledgeInTheRuleLayerTests
{
    private static readonly Entities.French.Extraction.FrenchEntityExtractor Extractor = new();

    [Theory]
    [InlineData("Les salariés d'Atos et d'Eiffage manifestent devant le siège d'Airbus.", "Eiffage")]
    [InlineData("Les salariés d'Atos et d'Eiffage manifestent devant le siège d'Airbus.", "Atos")]
    [InlineData("Le syndicat FO appelle à la grève.", "FO")]
    public void ACompanyOrUnionIsAnOrganization(string text, string name) =>
        Assert.Contains(Extractor.ExtractEntities(text).Mentions, m => m.Text == name && m.Label == EntityLabel.Organization);

    [Fact]
    public void AnAmbiguousNameIsNotTaggedByTheTable() =>
        Assert.DoesNotContain(Extractor.ExtractEntities("Il a mangé une orange au dessert.").Mentions, m => m.Text == "orange");
}
