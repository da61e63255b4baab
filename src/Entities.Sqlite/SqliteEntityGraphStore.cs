using System.Globalization;
using Entities.Graph;
using Entities.Linking;
using Entities.Resolution;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// An entity graph kept in one SQLite file on disk: the embedded, persistent graph of the <c>entities</c> tool
/// (<c>entities extract corpus/ --store graph.db</c>). Each document is linked in one transaction, under the library's linking
/// policy (<see cref="EntityLinker"/>) and co-occurrence rule (<see cref="DocumentEdges"/>): the same graph as an in-memory
/// <see cref="EntityGraph"/> given the same documents in the same order. Node ids (<c>e</c> + a number) are stable across runs;
/// a document id already in the file is not merged again (its earlier links are returned). The file is in write-ahead-log
/// mode with full synchronization: a process killed at any moment leaves the graph of the documents whose transactions
/// committed, and other processes may read the file while one writes. Thread-safe (one writer at a time).
/// </summary>
public sealed class SqliteEntityGraphStore : IEntityGraphStore, IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;
    private readonly SqliteStatements statements;

    /// <summary>The keys, aliases and names of the file (null: to be read again), and the file's data version it reflects.</summary>
    private SqliteGraphCache? cache;
    private long cacheVersion;
    private readonly IReadOnlySet<string> weakKinds;
    private long generatedIds;
    private bool disposed;

    /// <summary>Opens the graph file at <paramref name="path"/>, creating it when missing.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="InvalidDataException">The file is not a graph file this library can read.</exception>
    public SqliteEntityGraphStore(string path, EntityGraphOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        Options = options ?? EntityGraphOptions.Default;
        weakKinds = Options.WeakKeyKinds.ToHashSet(StringComparer.Ordinal);
        connection = SqliteSchema.Open(path);
        statements = new SqliteStatements(connection);
    }

    /// <summary>The graph file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public EntityGraphOptions Options { get; }

    /// <inheritdoc />
    public int NodeCount
    {
        get
        {
            lock (gate) return (int)(long)SqliteSchema.Scalar(connection, "SELECT COUNT(*) FROM nodes")!;
        }
    }

    /// <summary>Number of documents recorded.</summary>
    public int DocumentCount
    {
        get
        {
            lock (gate) return (int)(long)SqliteSchema.Scalar(connection, "SELECT COUNT(*) FROM documents")!;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities)
    {
        var candidates = LinkCandidates.Prepare(documentId, mentions, sentenceIndexOfMention, resolvedEntities, weakKinds);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = CurrentCache(transaction);
            try
            {
                if (statements.Scalar("SELECT node_ids FROM documents WHERE external_id = $id", transaction, ("$id", documentId)) is string earlier)
                {
                    var nodes = earlier.Length == 0 ? [] : earlier.Split(',').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                    return [.. nodes.Select(current.Link)];
                }

                var linked = new long[candidates.Length];
                for (int i = 0; i < linked.Length; i++) linked[i] = EntityLinker.Link(candidates[i], current, weakKinds);
                long document = (long)statements.Scalar("INSERT INTO documents (external_id, node_ids) VALUES ($id, $nodes) RETURNING id", transaction,
                    ("$id", documentId), ("$nodes", string.Join(',', linked.Select(n => n.ToString(CultureInfo.InvariantCulture)))))!;
                SqliteGraphWriter.Apply(statements, current, transaction, document, linked, candidates, mentions, sentenceIndexOfMention, Options);
                var links = linked.Select(current.Link).ToArray();
                transaction.Commit();
                cacheVersion = DataVersion(null);
                return links;
            }
            catch
            {
                cache = null; // the transaction rolls back: the cache no longer mirrors the file
                throw;
            }
        }
    }

    /// <summary>The cache, read again when it is missing or another connection committed to the file since it was last in step.</summary>
    private SqliteGraphCache CurrentCache(SqliteTransaction transaction)
    {
        if (cache is null || DataVersion(transaction) != cacheVersion)
        {
            cache = SqliteGraphCache.Load(statements, transaction);
            cacheVersion = DataVersion(transaction);
        }

        cache.Transaction = transaction;
        return cache;
    }

    /// <summary>SQLite's counter of commits by other connections (<c>PRAGMA data_version</c>).</summary>
    private long DataVersion(SqliteTransaction? transaction) => (long)statements.Scalar("PRAGMA data_version", transaction)!;

    /// <inheritdoc />
    public bool ContainsDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        lock (gate) return SqliteSchema.Scalar(connection, "SELECT 1 FROM documents WHERE external_id = $id", null, ("$id", documentId)) is not null;
    }

    /// <inheritdoc />
    public string NewDocumentId()
    {
        lock (gate)
        {
            string id;
            do id = "doc" + (++generatedIds).ToString(CultureInfo.InvariantCulture);
            while (SqliteSchema.Scalar(connection, "SELECT 1 FROM documents WHERE external_id = $id", null, ("$id", id)) is not null);
            return id;
        }
    }

    /// <inheritdoc />
    public EntityGraphSnapshot Snapshot()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            using var transaction = connection.BeginTransaction();
            return SqliteGraphReader.Read(connection, transaction);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            statements.Dispose();
            connection.Dispose();
        }
    }
}
