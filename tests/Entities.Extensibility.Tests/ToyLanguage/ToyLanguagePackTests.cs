using Entities.Extensibility.Tests.Stores;
using Entities.Graph;

namespace Entities.Extensibility.Tests.ToyLanguage;

/// <summary>A working extractor built from a toy language pack and a toy tagger, through the public API only.</summary>
public sealed class ToyLanguagePackTests
{
    private const string Text = "Dr Zorblax visited Quorvia. Zorblax met the Frobnitz Industrial Board, then FIB praised Acme Works!";

    [Fact]
    public void TheToyPipelineFindsMentionsWithExactOffsets()
    {
        var result = ToyLanguagePack.CreateExtractor().ExtractEntities(Text);

        Assert.Equal(
            ["PER Zorblax", "LOC Quorvia", "PER Zorblax", "ORG Frobnitz Industrial Board", "ORG Acme Works"],
            result.Mentions.Select(m => $"{m.Label.ToCode()} {m.Text}"));
        Assert.All(result.Mentions, m => Assert.Equal(m.Text, Text[m.Start..m.End]));
    }

    [Fact]
    public void TheCoreResolverGroupsTheToyMentionsWithTheToyData()
    {
        var result = ToyLanguagePack.CreateExtractor().ExtractEntities(Text);

        var zorblax = result.Entities.Single(e => e.CanonicalName == "Zorblax");
        Assert.Equal(2, zorblax.MentionIndices.Count);
        var board = result.Entities.Single(e => e.Label == EntityLabel.Organization && e.CanonicalName == "Frobnitz Industrial Board");
        Assert.Single(board.MentionIndices);
    }

    [Fact]
    public void TheRuleLayerRunsAfterTheToyTagger()
    {
        var result = ToyLanguagePack.CreateExtractor(exclusions: ["acme works"]).ExtractEntities(Text);

        Assert.DoesNotContain(result.Mentions, m => m.Text == "Acme Works");
        Assert.Contains(result.Mentions, m => m.Text == "Quorvia");
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("toy")]
    public void TheToyPackLinksDocumentsIntoAnyStore(string storeName)
    {
        using var lease = ContractStores.Create(storeName);
        var extractor = ToyLanguagePack.CreateExtractor(lease.Store);

        var first = extractor.ExtractEntities("Zorblax visited Quorvia.", "a");
        var second = extractor.ExtractEntities("In Quorvia, Dr Zorblax smiled.", "b");

        // A one-word person name is weak evidence: each document gives it a linking node, which the graph consolidates.
        var nodes = lease.Store.Snapshot().Nodes;
        string Id(ExtractionResult r, string text) => NodeOf(nodes, r.Mentions.Single(m => m.Text == text).EntityId!);
        Assert.Equal(Id(first, "Zorblax"), Id(second, "Zorblax"));
        Assert.Equal(Id(first, "Quorvia"), Id(second, "Quorvia"));
        Assert.NotEqual(Id(first, "Zorblax"), Id(first, "Quorvia"));
        Assert.Equal(2, lease.Store.NodeCount);
        Assert.True(lease.Store.ContainsDocument("b"));
    }

    [Fact]
    public void TheToyPackRunsInTheBatchEngine()
    {
        var extractor = ToyLanguagePack.CreateExtractor(new EntityGraph());
        var requests = Enumerable.Range(0, 50).Select(i => new ExtractionRequest(i % 2 == 0 ? "Zorblax visited Quorvia." : "Acme sued Zorblax.", "d" + i));

        var results = extractor.ExtractAll(requests, maxDegreeOfParallelism: 3).ToList();

        Assert.Equal(Enumerable.Range(0, 50), results.Select(r => r.Index));
        Assert.All(results, r => Assert.True(r.Succeeded));
        var nodes = extractor.Store!.Snapshot().Nodes;
        Assert.Single(results.SelectMany(r => r.Result!.Mentions).Where(m => m.Text == "Zorblax").Select(m => NodeOf(nodes, m.EntityId!)).Distinct());
    }

    /// <summary>The graph node a document's entity id belongs to (its own id or one it consolidates).</summary>
    private static string NodeOf(IReadOnlyList<EntityNode> nodes, string id) => nodes.Single(n => n.Id == id || n.MergedIds.Contains(id)).Id;
}
