using Entities.Graph;
using Entities.PostgreSql;
using Entities.Tests.Graph;

namespace Entities.Tests.PostgreSql;

public sealed class PostgreSqlStoreTests
{
    [PostgresFact]
    public async Task EnsureSchemaIsIdempotentAndVersioned()
    {
        await using var test = await PostgresServer.CreateStoreAsync();
        Assert.Equal(SchemaMigrations.CurrentVersion, await test.Store.EnsureSchemaAsync());
        Assert.Equal(SchemaMigrations.CurrentVersion, await test.Store.EnsureSchemaAsync());
        Assert.Equal(0, test.Store.NodeCount);
        Assert.Empty(test.Store.Snapshot().Nodes);
    }

    [PostgresFact]
    public async Task OneWorkerGivesTheInMemoryGraphIdsIncluded()
    {
        var documents = SampleGraphs.Documents(150);
        var memory = SampleGraphs.Build(documents);
        await using var test = await PostgresServer.CreateStoreAsync();
        foreach (var document in documents) document.MergeInto(test.Store);

        var expected = memory.Snapshot();
        var actual = test.Store.Snapshot();
        Assert.Equal(GraphCanonicalForm.Of(expected), GraphCanonicalForm.Of(actual));
        Assert.Equal(expected.DocumentIds, actual.DocumentIds);
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(memory.NodeCount, test.Store.NodeCount);
    }

    [PostgresFact]
    public async Task LinksAreTheInMemoryGraphsLinks()
    {
        var documents = SampleGraphs.Documents(60, seed: 11);
        var memory = new EntityGraph();
        await using var test = await PostgresServer.CreateStoreAsync();
        foreach (var document in documents)
        {
            var expected = document.MergeInto((IEntityGraphStore)memory);
            var actual = document.MergeInto(test.Store);
            Assert.Equal(expected.Select(Text), actual.Select(Text));
        }
    }

    [PostgresFact]
    public async Task MergingTheSameDocumentAgainIsANoOpThatReturnsTheSameLinks()
    {
        var documents = SampleGraphs.Documents(20, seed: 3);
        await using var test = await PostgresServer.CreateStoreAsync();
        var first = documents.Select(d => d.MergeInto(test.Store).Select(Text).ToArray()).ToArray();
        var before = GraphCanonicalForm.Of(test.Store.Snapshot());

        var last = documents[^1].MergeInto(test.Store);
        var again = documents.Select(d => d.MergeInto(test.Store).Select(l => l.NodeId).ToArray()).ToArray();

        Assert.Equal(first[^1], last.Select(Text));
        Assert.Equal(first.Select(f => f.Select(t => t.Split(' ')[0]).ToArray()), again);
        Assert.Equal(before, GraphCanonicalForm.Of(test.Store.Snapshot()));
        Assert.Equal(documents.Count, test.Store.Snapshot().DocumentIds.Count);
        Assert.True(test.Store.ContainsDocument(documents[0].Id));
        Assert.False(test.Store.ContainsDocument("never-merged"));
    }

    [PostgresFact]
    public async Task GeneratedDocumentIdsAreNewAndDistinct()
    {
        await using var test = await PostgresServer.CreateStoreAsync();
        new TestDocument("doc1").Add(EntityLabel.Location, "Lyon", "full:lyon").MergeInto(test.Store);
        string a = test.Store.NewDocumentId(), b = test.Store.NewDocumentId();
        Assert.NotEqual("doc1", a);
        Assert.NotEqual(a, b);
        Assert.StartsWith("doc", a, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task SeveralWorkersOnOverlappingDocumentsBuildTheSameGraphAsOne()
    {
        const int Workers = 8;
        var documents = SampleGraphs.Documents(240, seed: 5);
        var single = SampleGraphs.Build(documents);
        await using var test = await PostgresServer.CreateStoreAsync();

        // Every worker has its own store (own connection pool) and takes two thirds of the documents, in its own order:
        // each document is merged by several workers at about the same time.
        var tasks = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            await using var store = new PostgreSqlEntityGraphStore(PostgresServer.ConnectionString, new PostgreSqlEntityGraphStoreOptions { Schema = test.Store.Schema });
            var random = new Random(w);
            foreach (var document in documents.Where((_, i) => i % 3 != w % 3).OrderBy(_ => random.Next()))
            {
                document.MergeInto(store);
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        var snapshot = test.Store.Snapshot();
        Assert.Equal(documents.Count, snapshot.DocumentIds.Count);
        Assert.Equal(GraphCanonicalForm.Of(single.Snapshot()), GraphCanonicalForm.Of(snapshot));
    }

    [PostgresFact]
    public async Task ExportWorksFromTheStoresSnapshot()
    {
        await using var test = await PostgresServer.CreateStoreAsync();
        foreach (var document in SampleGraphs.Documents(30)) document.MergeInto(test.Store);
        using var stream = new MemoryStream();
        new Entities.Graph.Export.GraphMLExporter().Export(test.Store.Snapshot(), stream);
        string xml = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<node id=\"e1\">", xml, StringComparison.Ordinal);
        Assert.Contains("OTAN", xml, StringComparison.Ordinal);
    }

    private static string Text(EntityLink link) => $"{link.NodeId} {link.CanonicalName} [{string.Join("|", link.Aliases)}]";

    private static IEnumerable<string> Describe(EntityGraphSnapshot snapshot) =>
        snapshot.Nodes.Select(n => $"{n.Id} {n.Label} {n.CanonicalName} {string.Join(",", n.Aliases)} {string.Join(",", n.Keys)} {string.Join(",", n.Mentions)} {n.DocumentCount}")
            .Concat(snapshot.Edges.Select(e => e.ToString()));
}
