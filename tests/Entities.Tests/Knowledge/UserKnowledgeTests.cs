using Entities.French.Extraction;
using Entities.Graph;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Knowledge;

/// <summary>User entries and exclusions on top of the French built-in tables.</summary>
public sealed class UserKnowledgeTests
{
    private static readonly AliasEntry Brumaire = new("Brumaire Conseil", EntityLabel.Organization, ["Brumaire"], "test") { Id = "Q-BRUM" };

    [Fact]
    public void ACompanyTheModelMissesIsFoundThroughAUserEntry()
    {
        const string text = "Chez Brumaire Conseil, on reste prudent.";
        Assert.Empty(new FrenchEntityExtractor().ExtractEntities(text).Mentions); // the model alone misses it

        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Knowledge = new UserKnowledge([Brumaire]) });
        var mention = Assert.Single(extractor.ExtractEntities(text).Mentions);

        Assert.Equal(("Brumaire Conseil", EntityLabel.Organization), (mention.Text, mention.Label));
    }

    [Fact]
    public void AUserEntryCorrectsTheModelsLabel()
    {
        const string text = "Les syndicats de Kerlandis ont voté la grève.";
        Assert.Equal(EntityLabel.Location, Assert.Single(new FrenchEntityExtractor().ExtractEntities(text).Mentions).Label);

        var entry = new AliasEntry("Kerlandis", EntityLabel.Organization, [], "test");
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Knowledge = new UserKnowledge([entry]) });

        Assert.Equal(EntityLabel.Organization, Assert.Single(extractor.ExtractEntities(text).Mentions).Label);
    }

    [Fact]
    public void AUserEntryLinksItsNamesToOneNodeAcrossDocuments()
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph, Knowledge = new UserKnowledge([Brumaire]) });

        var first = extractor.ExtractEntities("Chez Brumaire Conseil, on reste prudent.", "a");
        var second = extractor.ExtractEntities("Les analystes de Brumaire publient une étude.", "b");

        var a = Assert.Single(first.Mentions);
        var b = Assert.Single(second.Mentions);
        Assert.Equal("Brumaire", b.Text);
        Assert.Equal(a.EntityId, b.EntityId);
        var node = Assert.Single(graph.Snapshot().Nodes, n => n.Id == a.EntityId);
        Assert.Contains("table:#Q-BRUM", node.Keys);
    }

    [Fact]
    public void AnExclusionRemovesAFalsePositive()
    {
        const string text = "Le plan Vigipirate est relevé.";
        Assert.Contains(new FrenchEntityExtractor().ExtractEntities(text).Mentions, m => m.Text == "Vigipirate");

        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Knowledge = new UserKnowledge(exclusions: ["vigipirate"]) });

        Assert.DoesNotContain(extractor.ExtractEntities(text).Mentions, m => m.Text == "Vigipirate");
    }

    [Fact]
    public void AKnowledgeFileGivesEntriesAndExclusions()
    {
        const string file = "# my names\nname\tlabel\taliases\tid\nBrumaire Conseil\tORG\tBrumaire|BC\tQ-BRUM\nKerlandis\tORG\nRead More\tEXCLUDE\n";

        var knowledge = UserKnowledge.Parse(new StringReader(file), "mine.tsv");

        Assert.Equal(["Brumaire Conseil", "Kerlandis"], knowledge.Entries.Select(e => e.Canonical));
        Assert.Equal(["Brumaire", "BC"], knowledge.Entries[0].Aliases);
        Assert.Equal("Q-BRUM", knowledge.Entries[0].Id);
        Assert.Null(knowledge.Entries[1].Id);
        Assert.Equal(["Read More"], knowledge.Exclusions);
    }

    [Theory]
    [InlineData("Brumaire\tORG\n", "mine.tsv:1: expected the header")]
    [InlineData("name\tlabel\taliases\tid\nBrumaire\tCOMPANY\n", "mine.tsv:2: unknown label")]
    [InlineData("name\tlabel\taliases\tid\nBrumaire\n", "mine.tsv:2: expected 2 to 4")]
    [InlineData("name\tlabel\taliases\tid\nRead More\tEXCLUDE\tRM\n", "mine.tsv:2: an exclusion has no aliases")]
    [InlineData("name\tlabel\taliases\tid\n---\tORG\n", "mine.tsv:2: the name has no letter")]
    [InlineData("name\tlabel\taliases\tid\nBrumaire\tORG\tbrumaire\n", "mine.tsv:2: duplicate alias")]
    [InlineData("# only a comment\n", "mine.tsv: no header line")]
    public void AMalformedFileIsReportedWithItsLine(string file, string message)
    {
        var e = Assert.Throws<FormatException>(() => UserKnowledge.Parse(new StringReader(file), "mine.tsv"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUserEntryReplacesTheBuiltInEntryItCollidesWith()
    {
        var mine = new AliasEntry("Autorité des marchés financiers (mon annuaire)", EntityLabel.Organization, ["AMF"], "mine") { Id = "amf-1" };
        var builtIn = new[]
        {
            new AliasEntry("Autorité des marchés financiers", EntityLabel.Organization, ["AMF"], "builtin"),
            new AliasEntry("OTAN", EntityLabel.Organization, [], "builtin"),
        };

        var merged = new UserKnowledge([mine]).OnTopOf(builtIn, MatchKeyBuilder.FoldOnly).ToList();

        Assert.Equal(["Autorité des marchés financiers (mon annuaire)", "OTAN"], merged.Select(e => e.Canonical));
    }

    [Fact]
    public void AKnowledgePathThatDoesNotExistIsAnInvalidOption()
    {
        var e = Assert.Throws<ArgumentException>(() => new FrenchEntityExtractor(new FrenchEntityExtractorOptions { KnowledgePath = "/nonexistent/names.tsv" }));
        Assert.Contains("KnowledgePath", e.Message, StringComparison.Ordinal);
    }
}
