using System.Globalization;
using Entities.Graph;
using Entities.Linking;
using Entities.Resolution;
using Npgsql;

namespace Entities.PostgreSql;

/// <summary>
/// An <see cref="IEntityGraphStore"/> kept in a PostgreSQL database, so that several workers (threads, processes, machines)
/// link their documents into one graph. Thread-safe; connections come from an <see cref="NpgsqlDataSource"/> pool.
/// Call <see cref="EnsureSchemaAsync"/> once per process before merging (it is idempotent and safe to run concurrently).
/// </summary>
/// <remarks>
/// <para><b>Tables</b> (in <see cref="PostgreSqlEntityGraphStoreOptions.Schema"/>): <c>schema_version</c>; <c>nodes</c> (id, label,
/// canonical name, document count); <c>keys</c> (node, label, key, strong; strong keys unique per (label, key), all keys indexed
/// by (label, key)); <c>aliases</c> (node, alias, count); <c>documents</c> (external id unique, the node id of each entity);
/// <c>mentions</c> (document, node, span); <c>edges</c> (source &lt; target, sentence count, document count); <c>roles</c>
/// (document, person, target node or place, role: one row per role said, schema version 2).</para>
/// <para><b>Linking</b> follows <see cref="EntityGraph"/>'s policy: the tables hold the linking nodes (<see cref="EntityLinker"/>,
/// strong keys only), and every read consolidates them (<see cref="GraphConsolidation"/>), so the graph read does not depend on
/// the order documents were merged in or on how many workers merged them.
/// <b>Concurrency</b>: each document is one READ COMMITTED transaction that first takes a transaction-scoped advisory lock per
/// (label, key) of its entities, in ascending lock-id order; so two workers whose documents share a key take turns, and the
/// second sees the first's nodes and links to them instead of creating a duplicate. The unique index on strong keys is the
/// safety net. The node rows a document updates are then locked in id order (aliases, counts, edges belong to them).
/// Deadlocks and serialization failures roll the transaction back and run it again (<see cref="PostgreSqlEntityGraphStoreOptions.MaxRetries"/>).</para>
/// <para><b>Differences from <see cref="EntityGraph"/></b>: node ids are <c>e</c> + a database sequence value (unique and
/// increasing in creation order, but with gaps, and not reproducible between runs); merging a document id again is a no-op that
/// returns the links of the first merge with the nodes' current names (a worker may retry a document safely); when documents
/// are merged concurrently the result equals merging them one after the other in some order, as with the in-memory graph.</para>
/// </remarks>
public sealed class PostgreSqlEntityGraphStore : IBatchingGraphStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly string _schema;
    private readonly IReadOnlySet<string> _weakKinds;
    private readonly DocumentMerger _merger;

    /// <summary>Creates a store over a connection string (<c>Host=…;Database=…;Username=…;Password=…</c>); the store owns its connection pool.</summary>
    /// <exception cref="ArgumentException">The connection string or an option is invalid.</exception>
    public PostgreSqlEntityGraphStore(string connectionString, PostgreSqlEntityGraphStoreOptions? options = null)
        : this(NpgsqlDataSource.Create(connectionString ?? throw new ArgumentNullException(nameof(connectionString))), options, ownsDataSource: true)
    {
    }

    /// <summary>Creates a store over a data source the caller owns (and disposes).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public PostgreSqlEntityGraphStore(NpgsqlDataSource dataSource, PostgreSqlEntityGraphStoreOptions? options = null)
        : this(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), options, ownsDataSource: false)
    {
    }

    private PostgreSqlEntityGraphStore(NpgsqlDataSource dataSource, PostgreSqlEntityGraphStoreOptions? options, bool ownsDataSource)
    {
        options ??= new PostgreSqlEntityGraphStoreOptions();
        options.ThrowIfInvalid();
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _schema = options.Schema;
        Options = options.GraphOptions ?? EntityGraphOptions.Default;
        _weakKinds = Options.WeakKeyKinds.ToHashSet(StringComparer.Ordinal);
        _merger = new DocumentMerger(dataSource, _schema, options.MaxRetries, Options, options.UnavailableRetryTime);
        Queue = new PostgreSqlDocumentQueue(dataSource, _schema, options.MaxQueueAttempts);
    }

    /// <summary>
    /// The documents to process, shared by every worker of this schema: <c>entities queue add</c> fills it, <c>entities extract
    /// --from-queue</c> workers claim from it, <c>entities status</c> reads it.
    /// </summary>
    public PostgreSqlDocumentQueue Queue { get; }

    /// <inheritdoc />
    public EntityGraphOptions Options { get; }

    /// <summary>The PostgreSQL schema holding the tables.</summary>
    public string Schema => _schema;

    /// <inheritdoc />
    public int NodeCount => Snapshot().Nodes.Count;

    private string Quoted => SchemaMigrations.Quote(_schema);

    /// <summary>Creates the schema and its tables, or upgrades them; does nothing when they are current. Safe to call from many workers at once.</summary>
    /// <returns>The schema version found before the call (0 when the schema was new).</returns>
    /// <exception cref="InvalidOperationException">The database holds a newer schema version than this package knows.</exception>
    public Task<int> EnsureSchemaAsync(CancellationToken cancellationToken = default) =>
        SchemaMigrations.EnsureAsync(_dataSource, _schema, cancellationToken);

    /// <inheritdoc cref="IEntityGraphStore.MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity})" />
    /// <param name="documentId">A unique id for the document. Merging it again is a no-op that returns the first merge's links.</param>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="sentenceIndexOfMention">For each mention, the index of its sentence.</param>
    /// <param name="resolvedEntities">The document's entities.</param>
    /// <param name="cancellationToken">Cancels the merge; the transaction is then rolled back.</param>
    /// <exception cref="InvalidOperationException">The document id was merged before with a different number of entities.</exception>
    /// <exception cref="NpgsqlException">The database failed, or kept deadlocking past the retry limit.</exception>
    public async Task<IReadOnlyList<EntityLink>> MergeLinkedAsync(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        CancellationToken cancellationToken = default) =>
        await MergeLinkedAsync(documentId, mentions, sentenceIndexOfMention, resolvedEntities, [], cancellationToken).ConfigureAwait(false);

    /// <summary>Merges one document like <see cref="MergeLinkedAsync(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, CancellationToken)"/> and keeps its roles (table <c>roles</c>, one row per role said).</summary>
    /// <param name="documentId">A unique id for the document.</param>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="sentenceIndexOfMention">For each mention, the index of its sentence.</param>
    /// <param name="resolvedEntities">The document's entities.</param>
    /// <param name="roles">The roles, by index into <paramref name="resolvedEntities"/>.</param>
    /// <param name="cancellationToken">Cancels the merge; the transaction is then rolled back.</param>
    public async Task<IReadOnlyList<EntityLink>> MergeLinkedAsync(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlyList<GraphRole> roles,
        CancellationToken cancellationToken = default)
    {
        var document = PreparedDocument.Create(documentId, mentions, sentenceIndexOfMention, resolvedEntities, _weakKinds, roles);
        return (await _merger.MergeAsync(document, cancellationToken).ConfigureAwait(false)).AsReadOnly();
    }

    /// <inheritdoc />
    /// <remarks>Merging a document id again is a no-op that returns the first merge's links (see <see cref="MergeLinkedAsync(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, CancellationToken)"/>).</remarks>
    public IReadOnlyList<EntityLink> MergeLinked(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities) =>
        MergeLinkedAsync(documentId, mentions, sentenceIndexOfMention, resolvedEntities).GetAwaiter().GetResult();

    /// <inheritdoc />
    public IReadOnlyList<EntityLink> MergeLinked(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlyList<GraphRole> roles) =>
        MergeLinkedAsync(documentId, mentions, sentenceIndexOfMention, resolvedEntities, roles).GetAwaiter().GetResult();

    /// <summary>
    /// Links the documents in order in one transaction (a few round trips for the whole batch, set-based statements), with
    /// the graph that merging them one at a time gives. See <see cref="IBatchingGraphStore.MergeLinkedBatch"/>.
    /// </summary>
    /// <param name="documents">The documents, in the order they are linked.</param>
    /// <param name="cancellationToken">Cancels the batch (nothing of it is merged).</param>
    public async Task<IReadOnlyList<IReadOnlyList<EntityLink>>> MergeLinkedBatchAsync(IReadOnlyList<GraphDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0) return [];
        var prepared = documents.Select(d => PreparedDocument.Create(d.DocumentId, d.Mentions, d.SentenceIndexOfMention, d.ResolvedEntities, _weakKinds, d.Roles)).ToArray();
        return await _merger.MergeBatchAsync(prepared, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<EntityLink>> MergeLinkedBatch(IReadOnlyList<GraphDocument> documents) =>
        MergeLinkedBatchAsync(documents).GetAwaiter().GetResult();

    /// <summary>Reads the whole graph in one consistent transaction, consolidated (<see cref="GraphConsolidation"/>).</summary>
    public async Task<EntityGraphSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) =>
        GraphConsolidation.Consolidate(await SnapshotReader.ReadAsync(_dataSource, _schema, cancellationToken).ConfigureAwait(false), _weakKinds);

    /// <inheritdoc />
    public EntityGraphSnapshot Snapshot() => SnapshotAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public bool ContainsDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return (long)Scalar($"SELECT count(*) FROM {Quoted}.documents WHERE external_id = $1", documentId) > 0;
    }

    /// <inheritdoc />
    /// <remarks>Numbers come from a database sequence, so workers never get the same id; ids already used by a document are skipped.</remarks>
    public string NewDocumentId()
    {
        while (true)
        {
            long number = (long)Scalar($"SELECT nextval('{Quoted}.generated_document_ids')");
            string id = "doc" + number.ToString(CultureInfo.InvariantCulture);
            if (!ContainsDocument(id)) return id;
        }
    }

    /// <summary>Removes the schema and everything in it (every table of this graph). For tests and resets; cannot be undone.</summary>
    public async Task DropSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {Quoted} CASCADE");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsDataSource) _dataSource.Dispose();
    }

    /// <summary>Formats a node id: <c>e</c> + the database id.</summary>
    internal static string FormatId(long id) => "e" + id.ToString(CultureInfo.InvariantCulture);

    private object Scalar(string sql, params object[] parameters)
    {
        using var command = _dataSource.CreateCommand(sql);
        foreach (object value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command.ExecuteScalar() ?? throw new InvalidDataException("The query returned no value.");
    }
}
