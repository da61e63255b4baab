using Entities.French.Extraction;
using Entities.Graph;
using Entities.Tests.PostgreSql;

namespace Entities.Tests.Linking;

/// <summary>
/// The partition of mentions into entities is a function of the set of documents: 20 random orders, 1, 2 and 4 threads, the
/// SQLite and PostgreSQL stores (one and three concurrent workers) all give the in-memory graph's partition of our linking corpus.
/// </summary>
public sealed class LinkingOrderIndependenceTests
{
    private static readonly Lazy<string> Reference = new(() => PartitionOf(LinkingCorpus.Documents, new EntityGraph(), threads: 1));

    [Fact]
    public void TheCorpusIsLinkedIntoManyEntities()
    {
        Assert.True(LinkingCorpus.Documents.Count >= 120);
        Assert.True(Reference.Value.Split('\n').Length > 200, "the corpus should give hundreds of entities");
    }

    [Fact]
    public void TwentyRandomOrdersGiveThePartitionOfTheCorpusOrder()
    {
        var random = new Random(20261206);
        for (int run = 0; run < 20; run++)
        {
            var shuffled = LinkingCorpus.Documents.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(Reference.Value, PartitionOf(shuffled, new EntityGraph(), threads: 1));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void ThreadsGiveTheSamePartition(int threads) =>
        Assert.Equal(Reference.Value, PartitionOf(LinkingCorpus.Documents, new EntityGraph(), threads));

    [Fact]
    public void TheSqliteStoreGivesTheSamePartition()
    {
        string path = Path.Combine(Path.GetTempPath(), "entities-linking-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var store = new Entities.Sqlite.SqliteEntityGraphStore(path);
            Assert.Equal(Reference.Value, PartitionOf(LinkingCorpus.Documents.Reverse().ToList(), store, threads: 2));
        }
        finally
        {
            foreach (string file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    [PostgresFact]
    public async Task ThePostgreSqlStoreGivesTheSamePartitionWithOneAndThreeWorkers()
    {
        await using (var one = await PostgresServer.CreateStoreAsync())
        {
            Assert.Equal(Reference.Value, PartitionOf(LinkingCorpus.Documents, one.Store, threads: 1));
        }

        await using var test = await PostgresServer.CreateStoreAsync();
        var workers = Enumerable.Range(0, 3)
            .Select(_ => new Entities.PostgreSql.PostgreSqlEntityGraphStore(PostgresServer.ConnectionString, new Entities.PostgreSql.PostgreSqlEntityGraphStoreOptions { Schema = test.Store.Schema }))
            .ToArray();
        try
        {
            var random = new Random(7);
            var shuffled = LinkingCorpus.Documents.OrderBy(_ => random.Next()).ToList();
            await Task.WhenAll(workers.Select((store, w) => Task.Run(() =>
            {
                var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Store = store });
                for (int d = w; d < shuffled.Count; d += workers.Length) extractor.ExtractEntities(shuffled[d].Text, shuffled[d].Id);
            })));
            Assert.Equal(Reference.Value, LinkingCorpus.PartitionOf(test.Store.Snapshot()));
        }
        finally
        {
            foreach (var worker in workers) await worker.DisposeAsync();
        }
    }

    private static string PartitionOf(IReadOnlyList<(string Id, string Text)> documents, IEntityGraphStore store, int threads)
    {
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Store = store });
        var results = extractor.ExtractAll(documents.Select(d => new ExtractionRequest(d.Text, d.Id)), maxDegreeOfParallelism: threads).ToList();
        Assert.All(results, r => Assert.True(r.Succeeded));
        return LinkingCorpus.PartitionOf(store.Snapshot());
    }
}
