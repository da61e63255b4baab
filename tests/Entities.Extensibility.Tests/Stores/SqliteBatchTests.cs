using Entities.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>
/// The SQLite store commits documents in batches: what another reader of the file sees, and when.
/// Nothing here measures time; the clock-driven commit is only awaited with a generous limit.
/// </summary>
public sealed class SqliteBatchTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "batch-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (string suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }

    /// <summary>Documents in the file as another connection sees them (committed ones only).</summary>
    private long CommittedDocuments()
    {
        using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void An_open_batch_is_invisible_to_other_readers_until_flushed()
    {
        using var store = new SqliteEntityGraphStore(path, maxBatchDocuments: 1000, maxBatchTime: TimeSpan.FromHours(1));
        foreach (var document in ContractDocuments.Create(3)) document.MergeInto(store);

        Assert.Equal(0, CommittedDocuments());
        store.Flush();
        Assert.Equal(3, CommittedDocuments());
    }

    [Fact]
    public void A_full_batch_is_committed_without_flush()
    {
        using var store = new SqliteEntityGraphStore(path, maxBatchDocuments: 2, maxBatchTime: TimeSpan.FromHours(1));
        foreach (var document in ContractDocuments.Create(5)) document.MergeInto(store);

        Assert.Equal(4, CommittedDocuments()); // two full batches; the fifth document waits for the next one
    }

    [Fact]
    public void Reads_through_the_store_see_the_open_batch_and_dispose_commits_it()
    {
        var store = new SqliteEntityGraphStore(path, maxBatchDocuments: 1000, maxBatchTime: TimeSpan.FromHours(1));
        foreach (var document in ContractDocuments.Create(4)) document.MergeInto(store);

        Assert.Equal(4, store.DocumentCount);
        Assert.True(store.ContainsDocument("doc-3"));
        store.Dispose();
        Assert.Equal(4, CommittedDocuments());
    }

    [Fact]
    public void An_idle_batch_is_committed_by_the_clock()
    {
        using var store = new SqliteEntityGraphStore(path, maxBatchDocuments: 1000, maxBatchTime: TimeSpan.FromMilliseconds(50));
        ContractDocuments.Create(1)[0].MergeInto(store);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (CommittedDocuments() == 0 && waited.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(20);
        Assert.Equal(1, CommittedDocuments());
    }

    [Fact]
    public void Batch_limits_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteEntityGraphStore(path, maxBatchDocuments: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteEntityGraphStore(path, maxBatchTime: TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteEntityGraphStore(path, maxBatchTime: TimeSpan.MaxValue));
    }
}
