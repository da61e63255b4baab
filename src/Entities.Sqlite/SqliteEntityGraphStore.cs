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
            if (statements.Scalar("SELECT node_ids FROM documents WHERE external_id = $id", transaction, ("$id", documentId)) is string earlier)
            {
                var nodes = earlier.Length == 0 ? [] : earlier.Split(',').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                return [.. nodes.Select(n => Link(n, transaction))];
            }

            var index = new SqliteLinkIndex(statements, transaction, candidates);
            var linked = new long[candidates.Length];
            for (int i = 0; i < linked.Length; i++) linked[i] = EntityLinker.Link(candidates[i], index, weakKinds);
            long document = (long)statements.Scalar("INSERT INTO documents (external_id, node_ids) VALUES ($id, $nodes) RETURNING id", transaction,
                ("$id", documentId), ("$nodes", string.Join(',', linked.Select(n => n.ToString(CultureInfo.InvariantCulture)))))!;
            SqliteGraphWriter.Apply(statements, transaction, document, linked, candidates, mentions, sentenceIndexOfMention, Options);
            var links = linked.Select(n => Link(n, transaction)).ToArray();
            transaction.Commit();
            return links;
        }
    }

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

    /// <summary>A node's id, canonical name and aliases (most frequent first, then ordinal), as the store holds them now.</summary>
    private EntityLink Link(long node, SqliteTransaction transaction)
    {
        string name = (string)statements.Scalar("SELECT canonical_name FROM nodes WHERE id = $n", transaction, ("$n", node))!;
        var aliases = new List<(string Alias, long Count)>();
        var command = statements.Get("SELECT alias, count FROM aliases WHERE node_id = $n", transaction);
        command.Parameters.AddWithValue("$n", node);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) aliases.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        aliases.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Alias, b.Alias));
        return new EntityLink(SqliteGraphReader.NodeId(node), name, [.. aliases.Select(a => a.Alias)]);
    }
}
