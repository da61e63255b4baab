using System.Data;
using Entities.Graph;
using Npgsql;

namespace Entities.PostgreSql;

/// <summary>
/// Merges one document into the PostgreSQL graph in one READ COMMITTED transaction (see <see cref="PostgreSqlEntityGraphStore"/>
/// for the concurrency design): key locks, document row, key rows read, linking in memory, then nodes, keys, aliases, mentions
/// and edges written with multi-row statements in two round trips. Retried as a whole on deadlocks and serialization failures.
/// </summary>
internal sealed class DocumentMerger(NpgsqlDataSource dataSource, string schema, int maxRetries, EntityGraphOptions graphOptions, TimeSpan unavailableRetryTime)
{
    private readonly string s = SchemaMigrations.Quote(schema);

    /// <remarks>A batch of one: a document merged before gets that merge's links there, as in any batch.</remarks>
    public async Task<EntityLink[]> MergeAsync(PreparedDocument document, CancellationToken cancellationToken) =>
        (await MergeBatchAsync([document], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Merges the documents in order in one transaction (see <see cref="IBatchingGraphStore.MergeLinkedBatch"/>), retried as a whole.</summary>
    public Task<EntityLink[][]> MergeBatchAsync(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => MergeBatchOnceAsync(documents, cancellationToken), cancellationToken);

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var unreachableSince = (System.Diagnostics.Stopwatch?)null;
        int unavailableAttempts = 0;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception ex) when (TransientErrors.IsRetryable(ex) && attempt <= maxRetries)
            {
                await Task.Delay(TransientErrors.Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (TransientErrors.IsUnavailable(ex))
            {
                // The server went away: wait for it with growing pauses, for a bounded time, then give up on the whole run.
                unreachableSince ??= System.Diagnostics.Stopwatch.StartNew();
                if (unreachableSince.Elapsed >= unavailableRetryTime)
                {
                    throw new GraphStoreUnavailableException(
                        $"the PostgreSQL server could not be reached for {unreachableSince.Elapsed.TotalSeconds:F0} s ({ex.Message})", ex);
                }

                await Task.Delay(TransientErrors.UnavailableBackoff(++unavailableAttempts), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The links recorded when the document was first merged, with the nodes' current names; <see langword="null"/> when it never was.</summary>
    private async Task<EntityLink[]?> TryExistingLinksAsync(PreparedDocument document, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        long[] nodeIds;
        await using (var command = new NpgsqlCommand($"SELECT node_ids FROM {s}.documents WHERE external_id = $1", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = document.Id });
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long[] ids) return null;
            nodeIds = ids;
        }

        if (nodeIds.Length != document.Entities.Length) throw EntityCountConflict(document.Id, nodeIds.Length, document.Entities.Length);

        var distinct = nodeIds.Distinct().ToArray();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Sql.Command($"SELECT id, canonical_name FROM {s}.nodes WHERE id = ANY($1)", distinct),
                Sql.Command($"SELECT node_id, alias, count FROM {s}.aliases WHERE node_id = ANY($1)", distinct),
            },
        };
        var names = new Dictionary<long, string>();
        var aliases = new Dictionary<long, Dictionary<string, int>>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) names[reader.GetInt64(0)] = reader.GetString(1);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            await ReadAliasesAsync(reader, aliases, cancellationToken).ConfigureAwait(false);
        }

        return nodeIds.Select(id => Link(id, names[id], aliases)).ToArray();
    }

    private async Task<EntityLink[][]> MergeBatchOnceAsync(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

        var keys = documents.SelectMany(d => d.AllKeys()).Distinct().ToArray();
        long[] locks = keys.Select(k => KeyLockHash.Of(k.Label, k.Key)).Distinct().Order().ToArray();
        var inserted = new Dictionary<string, long>(StringComparer.Ordinal);
        var rows = new List<KeyRow>();
        await using (var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                // Sorted ids: two batches lock their common keys in the same order, so key locks cannot deadlock.
                Sql.Command("SELECT pg_advisory_xact_lock(h) FROM unnest($1::bigint[]) AS h", locks),
                Sql.Command(
                    $"INSERT INTO {s}.documents (external_id) SELECT q.id FROM unnest($1::text[]) WITH ORDINALITY AS q (id, n) ORDER BY q.n ON CONFLICT (external_id) DO NOTHING RETURNING id, external_id",
                    (object)documents.Select(d => d.Id).ToArray()),
                Sql.Command(
                    $"""
                    SELECT k.node_id, k.label, k.key, k.strong FROM {s}.keys k
                    WHERE k.node_id IN (SELECT m.node_id FROM {s}.keys m JOIN unnest($1::text[], $2::text[]) AS q (label, key)
                                        ON m.label = q.label AND m.key = q.key)
                    """,
                    keys.Select(k => k.Label.ToCode()).ToArray(), keys.Select(k => k.Key).ToArray()),
            },
        })
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) inserted[reader.GetString(1)] = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new KeyRow(reader.GetInt64(0), Sql.Label(reader.GetString(1)), reader.GetString(2), reader.GetBoolean(3)));
            }
        }

        // A document is merged by its first occurrence when its row is new; the others (merged before, by another worker
        // meanwhile, or earlier in this batch) get the earlier merge's links once committed. A different entity count is an
        // error, raised before anything is committed.
        var merged = new List<int>();
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            if (inserted.ContainsKey(documents[d].Id) && firstOf.TryAdd(documents[d].Id, d)) merged.Add(d);
            else if (firstOf.TryGetValue(documents[d].Id, out int first) && documents[first].Entities.Length != documents[d].Entities.Length)
                throw EntityCountConflict(documents[d].Id, documents[first].Entities.Length, documents[d].Entities.Length);
        }

        var earlier = documents.Select(d => d.Id).Where(id => !inserted.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (earlier.Length > 0) await CheckEarlierCountsAsync(connection, transaction, documents, earlier, cancellationToken).ConfigureAwait(false);

        var linker = new KeyLinker(rows);
        var references = new long[documents.Count][];
        foreach (int d in merged) references[d] = documents[d].Entities.Select(linker.Link).ToArray();
        long[] newIds = linker.NewNodes.Count == 0 ? [] : await AllocateNodeIdsAsync(connection, transaction, linker.NewNodes.Count, cancellationToken).ConfigureAwait(false);
        long Resolve(long reference) => reference > 0 ? reference : newIds[-reference - 1];
        var linked = new long[documents.Count][];
        foreach (int d in merged) linked[d] = Array.ConvertAll(references[d], Resolve);
        var newSet = newIds.ToHashSet();
        long[] distinct = merged.SelectMany(d => linked[d]).Distinct().Order().ToArray();
        long[] existingNodes = distinct.Where(id => !newSet.Contains(id)).ToArray();

        var names = new Dictionary<long, string>();
        var aliases = new Dictionary<long, Dictionary<string, int>>();
        BatchRows? rowsOfBatch = null;
        if (merged.Count > 0)
        {
            var write = new NpgsqlBatch(connection, transaction);
            await using (write)
            {
                // Existing nodes are locked in id order (no deadlock between batches); every alias, count and edge row a
                // batch updates belongs to nodes it holds, so those rows are never contended.
                write.BatchCommands.Add(Sql.Command($"SELECT id FROM {s}.nodes WHERE id = ANY($1) ORDER BY id FOR UPDATE", existingNodes));
                if (newIds.Length > 0)
                {
                    write.BatchCommands.Add(Sql.Command(
                        $"INSERT INTO {s}.nodes (id, label, canonical_name) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])",
                        newIds, linker.NewNodes.Select(n => n.Label.ToCode()).ToArray(), linker.NewNodes.Select(n => n.InitialName).ToArray()));
                }

                if (linker.NewKeys.Count > 0)
                {
                    write.BatchCommands.Add(Sql.Command(
                        $"INSERT INTO {s}.keys (node_id, label, key, strong) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::boolean[]) ON CONFLICT DO NOTHING",
                        linker.NewKeys.Select(k => Resolve(k.Node)).ToArray(), linker.NewKeys.Select(k => k.Label.ToCode()).ToArray(),
                        linker.NewKeys.Select(k => k.Key).ToArray(), linker.NewKeys.Select(k => k.Strong).ToArray()));
                }

                rowsOfBatch = DocumentRows.Batch(documents, merged, linked, d => inserted[documents[d].Id], graphOptions);
                write.BatchCommands.Add(Sql.Command(
                    $"""
                    INSERT INTO {s}.aliases (node_id, alias, count) SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[])
                    ON CONFLICT (node_id, alias) DO UPDATE SET count = aliases.count + excluded.count
                    """,
                    rowsOfBatch.Aliases.Select(a => a.Node).ToArray(), rowsOfBatch.Aliases.Select(a => a.Alias).ToArray(), rowsOfBatch.Aliases.Select(a => a.Count).ToArray()));
                write.BatchCommands.Add(Sql.Command(
                    $"INSERT INTO {s}.mentions (document_id, node_id, start_offset, end_offset) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[])",
                    rowsOfBatch.Mentions.Select(m => m.Document).ToArray(), rowsOfBatch.Mentions.Select(m => m.Node).ToArray(),
                    rowsOfBatch.Mentions.Select(m => m.Start).ToArray(), rowsOfBatch.Mentions.Select(m => m.End).ToArray()));
                if (rowsOfBatch.Edges.Count > 0)
                {
                    write.BatchCommands.Add(Sql.Command(
                        $"""
                        INSERT INTO {s}.edges (source, target, sentence_count, document_count)
                        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[])
                        ON CONFLICT (source, target) DO UPDATE
                        SET sentence_count = edges.sentence_count + excluded.sentence_count, document_count = edges.document_count + excluded.document_count
                        """,
                        rowsOfBatch.Edges.Select(e => e.Source).ToArray(), rowsOfBatch.Edges.Select(e => e.Target).ToArray(),
                        rowsOfBatch.Edges.Select(e => e.SentenceCount).ToArray(), rowsOfBatch.Edges.Select(e => e.DocumentCount).ToArray()));
                }

                if (rowsOfBatch.Roles.Count > 0 && graphOptions.RecordOccurrences)
                {
                    var roles = rowsOfBatch.Roles;
                    write.BatchCommands.Add(Sql.Command(
                        $"INSERT INTO {s}.roles (document_id, person, target, place, role) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[])",
                        roles.Select(r => r.Document).ToArray(), roles.Select(r => r.Person).ToArray(), roles.Select(r => r.Target).ToArray(),
                        roles.Select(r => r.Place).ToArray(), roles.Select(r => r.Role).ToArray()));
                }

                write.BatchCommands.Add(Sql.Command($"SELECT node_id, alias, count FROM {s}.aliases WHERE node_id = ANY($1)", distinct));
                await using (var reader = await write.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    do
                    {
                        if (reader.FieldCount == 3 && reader.GetName(1) == "alias") break; // the last command's rows
                    }
                    while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));

                    await ReadAliasesAsync(reader, aliases, cancellationToken).ConfigureAwait(false);
                }
            }

            var initialNames = new Dictionary<long, string>();
            for (int i = 0; i < newIds.Length; i++) initialNames[newIds[i]] = linker.NewNodes[i].InitialName;
            foreach (long id in distinct) names[id] = CanonicalNameSelector.Select(aliases[id], initialNames.GetValueOrDefault(id, ""));
            await using var finish = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    // Names and document counts in one statement (every node of the batch is in at least one document).
                    Sql.Command(
                        $"UPDATE {s}.nodes SET canonical_name = v.name, document_count = document_count + v.n FROM unnest($1::bigint[], $2::text[], $3::int[]) AS v (id, name, n) WHERE nodes.id = v.id",
                        distinct, distinct.Select(id => names[id]).ToArray(), distinct.Select(id => rowsOfBatch!.DocumentCounts[id]).ToArray()),
                },
            };
            foreach (int d in merged) finish.BatchCommands.Add(Sql.Command($"UPDATE {s}.documents SET node_ids = $1 WHERE id = $2", linked[d], inserted[documents[d].Id]));
            await finish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var links = new EntityLink[documents.Count][];
        foreach (int d in merged) links[d] = linked[d].Select(id => Link(id, names[id], aliases)).ToArray();
        for (int d = 0; d < documents.Count; d++)
        {
            links[d] ??= await TryExistingLinksAsync(documents[d], cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Document '{documents[d].Id}' conflicts with a row that then disappeared.");
        }

        return links;
    }

    /// <summary>Throws when a document given again has another entity count than its earlier merge (read in the transaction).</summary>
    private async Task CheckEarlierCountsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PreparedDocument> documents, string[] earlier, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"SELECT external_id, coalesce(cardinality(node_ids), 0) FROM {s}.documents WHERE external_id = ANY($1)", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = earlier });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        foreach (var document in documents)
        {
            if (counts.TryGetValue(document.Id, out int count) && count != document.Entities.Length)
                throw EntityCountConflict(document.Id, count, document.Entities.Length);
        }
    }

    private static InvalidOperationException EntityCountConflict(string id, int merged, int given) => new(
        $"Document '{id}' was merged with {merged} entities; it is given again with {given}. Use a new document id for new content.");

    private async Task<long[]> AllocateNodeIdsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT nextval(pg_get_serial_sequence('{s}.nodes', 'id')) FROM generate_series(1, $1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new long[count];
        int i = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ids[i++] = reader.GetInt64(0);
        Array.Sort(ids); // creation order = id order
        return ids;
    }

    private static async Task ReadAliasesAsync(NpgsqlDataReader reader, Dictionary<long, Dictionary<string, int>> aliases, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long node = reader.GetInt64(0);
            if (!aliases.TryGetValue(node, out var counts)) aliases[node] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[reader.GetString(1)] = reader.GetInt32(2);
        }
    }

    private static EntityLink Link(long id, string name, Dictionary<long, Dictionary<string, int>> aliases) => new(
        PostgreSqlEntityGraphStore.FormatId(id),
        name,
        (aliases.TryGetValue(id, out var counts) ? counts : [])
            .OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key).ToArray());
}
