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
public sealed class SqliteEntityGraphStore : IBatchingGraphStore, IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;
    private readonly SqliteStatements statements;

    /// <summary>The keys, aliases and names of the file (null: to be read again), and the file's data version it reflects.</summary>
    private SqliteGraphCache? cache;
    private long cacheVersion;
    private readonly IReadOnlySet<string> weakKinds;
    private readonly SqliteGraphWriter writer;   // used under gate
    private long generatedIds;
    private bool disposed;

    /// <summary>The open write transaction of the current batch of documents (each document a savepoint in it), or null.</summary>
    private SqliteTransaction? batch;
    private int batchDocuments;
    private readonly System.Diagnostics.Stopwatch batchClock = new();
    private readonly int maxBatchDocuments;
    private readonly TimeSpan maxBatchTime;

    /// <summary>Commits an open batch once <see cref="maxBatchTime"/> has passed, so an idle store never keeps the file locked.</summary>
    private readonly Timer batchTimer;

    /// <summary>Why the last background commit failed; thrown by the next call, so no caller believes those documents are stored.</summary>
    private Exception? batchFailure;

    /// <summary>Opens the graph file at <paramref name="path"/>, creating it when missing.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBatchDocuments"/> is below 1, or <paramref name="maxBatchTime"/> is not above zero or is over one day.</exception>
    /// <exception cref="InvalidDataException">The file is not a graph file this library can read.</exception>
    /// <param name="path">The graph file.</param>
    /// <param name="options">Key weighting and edge limits; <see cref="EntityGraphOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="maxBatchDocuments">Documents committed together (default 256; 1 commits each document at once).</param>
    /// <param name="maxBatchTime">The longest a batch stays open before it is committed (default one second; at most one day).</param>
    public SqliteEntityGraphStore(string path, EntityGraphOptions? options = null, int maxBatchDocuments = 256, TimeSpan? maxBatchTime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchDocuments, 1);
        this.maxBatchDocuments = maxBatchDocuments;
        this.maxBatchTime = maxBatchTime ?? TimeSpan.FromSeconds(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(this.maxBatchTime, TimeSpan.Zero, nameof(maxBatchTime));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(this.maxBatchTime, TimeSpan.FromDays(1), nameof(maxBatchTime));
        Path = path;
        Options = options ?? EntityGraphOptions.Default;
        weakKinds = Options.WeakKeyKinds.ToHashSet(StringComparer.Ordinal);
        connection = SqliteSchema.Open(path);
        statements = new SqliteStatements(connection);
        writer = new SqliteGraphWriter(Options, new DocumentEdgeScratch<long>());
        batchTimer = new Timer(_ => CommitInBackground());
        Queue = new SqliteDocumentQueue(this);
    }

    /// <summary>
    /// The documents to process, kept in the same file (table <c>queue</c>): <c>entities queue add</c> fills it, <c>entities
    /// extract --from-queue</c> claims from it (a run killed half-way is resumed by running it again), <c>entities status</c>
    /// reads it. A document marked done is committed with the batch that merged it.
    /// </summary>
    public SqliteDocumentQueue Queue { get; }

    /// <summary>Runs <paramref name="work"/> under the store's lock: in the open batch when <paramref name="inBatch"/> (committed
    /// with the documents merged in it), else in its own transaction committed at once, after the open batch.</summary>
    internal T Queued<T>(bool inBatch, Func<SqliteStatements, SqliteTransaction, T> work)
    {
        lock (gate)
        {
            if (inBatch) return work(statements, OpenBatch());
            ObjectDisposedException.ThrowIf(disposed, this);
            ThrowBatchFailure();
            CommitBatch();
            using var transaction = connection.BeginTransaction(deferred: false);
            T result = work(statements, transaction);
            transaction.Commit();
            return result;
        }
    }

    /// <summary>The graph file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public EntityGraphOptions Options { get; }

    /// <inheritdoc />
    /// <remarks>Reads and consolidates the whole graph (<see cref="Snapshot"/>).</remarks>
    public int NodeCount => Snapshot().Nodes.Count;

    /// <summary>Number of documents recorded.</summary>
    public int DocumentCount
    {
        get
        {
            lock (gate)
            {
                CommitBatch();
                return (int)(long)SqliteSchema.Scalar(connection, "SELECT COUNT(*) FROM documents")!;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities) =>
        MergeLinked(documentId, mentions, sentenceIndexOfMention, resolvedEntities, []);

    /// <inheritdoc />
    /// <remarks>The roles are kept (table <c>roles</c>, one row per role said) when the store records occurrences.</remarks>
    public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities, IReadOnlyList<GraphRole> roles) =>
        MergeLinkedBatch([new GraphDocument(documentId, mentions, sentenceIndexOfMention, resolvedEntities, roles)])[0];

    /// <inheritdoc />
    /// <remarks>
    /// The documents are linked one after the other (each sees the nodes the ones before it made) and their rows are written
    /// together, summed per key, one statement per table: what makes a batch cheaper than its documents one at a time. The
    /// batch is one savepoint in the open transaction (committed with the store's batching rules).
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<EntityLink>> MergeLinkedBatch(IReadOnlyList<GraphDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var prepared = new LinkCandidate[documents.Count][];
        for (int d = 0; d < documents.Count; d++)
        {
            var document = documents[d] ?? throw new ArgumentNullException(nameof(documents), $"Document {d} is null.");
            prepared[d] = LinkCandidates.Prepare(document.DocumentId, document.Mentions, document.SentenceIndexOfMention, document.ResolvedEntities, weakKinds, document.Roles);
        }

        lock (gate)
        {
            var transaction = OpenBatch();
            var current = CurrentCache(transaction);
            statements.Execute("SAVEPOINT documents", transaction);
            try
            {
                var nodesOf = new long[documents.Count][];
                var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
                int merged = 0;
                for (int d = 0; d < documents.Count; d++)
                {
                    var document = documents[d];
                    if (firstOf.TryGetValue(document.DocumentId, out int first))
                    {
                        nodesOf[d] = Earlier(document, nodesOf[first], prepared[d].Length);   // given twice in the batch: the first merge's links
                        continue;
                    }

                    firstOf[document.DocumentId] = d;
                    if (statements.Scalar("SELECT node_ids FROM documents WHERE external_id = $id", transaction, ("$id", document.DocumentId)) is string earlier)
                    {
                        nodesOf[d] = Earlier(document, earlier.Length == 0 ? [] : earlier.Split(',').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray(), prepared[d].Length);
                        continue;
                    }

                    var linked = new long[prepared[d].Length];
                    for (int i = 0; i < linked.Length; i++) linked[i] = EntityLinker.Link(prepared[d][i], current);
                    long row = (long)statements.Scalar("INSERT INTO documents (external_id, node_ids) VALUES ($id, $nodes) RETURNING id", transaction,
                        ("$id", document.DocumentId), ("$nodes", string.Join(',', linked.Select(n => n.ToString(CultureInfo.InvariantCulture)))))!;
                    writer.Add(current, row, linked, prepared[d], document.Mentions, document.SentenceIndexOfMention, document.Roles);
                    nodesOf[d] = linked;
                    merged++;
                }

                writer.Write(statements, current, transaction);
                var links = nodesOf.Select(nodes => (IReadOnlyList<EntityLink>)[.. nodes.Select(current.Link)]).ToArray();
                statements.Execute("RELEASE documents", transaction);
                batchDocuments += merged;
                if (batchDocuments >= maxBatchDocuments || batchClock.Elapsed >= maxBatchTime) CommitBatch();
                return links;
            }
            catch
            {
                // Only these documents are undone (their savepoint); the cache no longer mirrors the file and is read again.
                writer.Clear();
                statements.Execute("ROLLBACK TO documents", transaction);
                statements.Execute("RELEASE documents", transaction);
                cache = null;
                throw;
            }
        }
    }

    /// <summary>The nodes of a document merged before (not merged again), checked against the entities it is given with now.</summary>
    private static long[] Earlier(GraphDocument document, long[] nodes, int entities) => nodes.Length == entities
        ? nodes
        : throw new InvalidOperationException(
            $"Document '{document.DocumentId}' was merged with {nodes.Length} entities; it is given again with {entities}. Use a new document id for new content.");

    /// <summary>The open batch's transaction, begun when there is none; under <see cref="gate"/>.</summary>
    private SqliteTransaction OpenBatch()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ThrowBatchFailure();
        if (batch is null)
        {
            batch = connection.BeginTransaction(deferred: false);
            batchClock.Restart();
            batchTimer.Change(this.maxBatchTime, Timeout.InfiniteTimeSpan);
        }

        return batch;
    }

    /// <summary>Commits the open batch, if any: every document merged so far is then in the file for other readers, and durable.</summary>
    /// <exception cref="IOException">An earlier background commit failed; the documents of that batch are not in the file.</exception>
    public void Flush()
    {
        lock (gate)
        {
            ThrowBatchFailure();
            CommitBatch();
        }
    }

    private void CommitBatch()
    {
        if (batch is null) return;
        batchTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        try
        {
            batch.Commit();
            cacheVersion = DataVersion(null);
        }
        catch
        {
            cache = null; // the batch rolls back: the cache no longer mirrors the file
            throw;
        }
        finally
        {
            batch.Dispose();
            batch = null;
            batchDocuments = 0;
        }
    }

    private void CommitInBackground()
    {
        lock (gate)
        {
            if (disposed) return;
            try
            {
                CommitBatch();
            }
            catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException)
            {
                batchFailure = ex;
            }
        }
    }

    private void ThrowBatchFailure()
    {
        if (batchFailure is not { } failure) return;
        batchFailure = null;
        throw new IOException($"{Path}: the last batch of documents could not be committed, merge them again: {failure.Message}", failure);
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
        lock (gate)
        {
            CommitBatch();
            return SqliteSchema.Scalar(connection, "SELECT 1 FROM documents WHERE external_id = $id", null, ("$id", documentId)) is not null;
        }
    }

    /// <inheritdoc />
    public string NewDocumentId()
    {
        lock (gate)
        {
            CommitBatch();
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
            CommitBatch();
            using var transaction = connection.BeginTransaction();
            return GraphConsolidation.Consolidate(SqliteGraphReader.Read(connection, transaction), weakKinds);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            batchTimer.Dispose();
            try
            {
                CommitBatch();
            }
            finally
            {
                disposed = true;
                statements.Dispose();
                connection.Dispose();
            }

            ThrowBatchFailure();
        }
    }
}
