using Entities.Knowledge;
using System.Data;
using Entities.Graph;
using Entities.Resolution;
using Npgsql;

namespace Entities.PostgreSql;

/// <summary>
/// Reads the whole graph in one REPEATABLE READ, read-only transaction (a consistent picture while workers keep writing) and
/// builds the same <see cref="EntityGraphSnapshot"/> an <see cref="EntityGraph"/> would: nodes and documents in id order,
/// aliases most frequent first, keys ordinal, mentions in merge order, edges by source then target.
/// </summary>
internal static class SnapshotReader
{
    public static async Task<EntityGraphSnapshot> ReadAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        string s = SchemaMigrations.Quote(schema);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Sql.Command($"SELECT id, external_id FROM {s}.documents ORDER BY id"),
                Sql.Command($"SELECT id, label, canonical_name, document_count FROM {s}.nodes ORDER BY id"),
                Sql.Command($"SELECT node_id, alias, count FROM {s}.aliases"),
                Sql.Command($"SELECT node_id, key FROM {s}.keys"),
                Sql.Command($"SELECT node_id, document_id, start_offset, end_offset FROM {s}.mentions ORDER BY node_id, id"),
                Sql.Command($"SELECT source, target, sentence_count, document_count FROM {s}.edges ORDER BY source, target"),
                Sql.Command($"SELECT person, target, place, role, document_id FROM {s}.roles ORDER BY document_id, id"),
            },
        };

        var documents = new List<string>();
        var documentIds = new Dictionary<long, string>();
        var nodes = new List<(long Id, EntityLabel Label, string Name, int Documents)>();
        var aliases = new Dictionary<long, List<AliasCount>>();
        var keys = new Dictionary<long, List<string>>();
        var mentions = new Dictionary<long, List<MentionLocation>>();
        var edges = new List<EntityEdge>();
        var sayings = new List<RoleSaying>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                documentIds[reader.GetInt64(0)] = reader.GetString(1);
                documents.Add(reader.GetString(1));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                nodes.Add((reader.GetInt64(0), Sql.Label(reader.GetString(1)), reader.GetString(2), reader.GetInt32(3)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ListOf(aliases, reader.GetInt64(0)).Add(new AliasCount(reader.GetString(1), reader.GetInt32(2)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ListOf(keys, reader.GetInt64(0)).Add(reader.GetString(1));

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ListOf(mentions, reader.GetInt64(0)).Add(new MentionLocation(documentIds[reader.GetInt64(1)], reader.GetInt32(2), reader.GetInt32(3)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                edges.Add(new EntityEdge(
                    PostgreSqlEntityGraphStore.FormatId(reader.GetInt64(0)), PostgreSqlEntityGraphStore.FormatId(reader.GetInt64(1)),
                    reader.GetInt32(2), reader.GetInt32(3)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sayings.Add(new RoleSaying(
                    PostgreSqlEntityGraphStore.FormatId(reader.GetInt64(0)), reader.GetString(3),
                    reader.IsDBNull(1) ? null : PostgreSqlEntityGraphStore.FormatId(reader.GetInt64(1)), reader.IsDBNull(2) ? null : reader.GetString(2),
                    documentIds[reader.GetInt64(4)]));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var records = nodes.Select(n => new EntityNode(
            PostgreSqlEntityGraphStore.FormatId(n.Id),
            n.Label,
            n.Name,
            aliases.GetValueOrDefault(n.Id, []).OrderByDescending(a => a.Count).ThenBy(a => a.Alias, StringComparer.Ordinal).ToArray().AsReadOnly(),
            keys.GetValueOrDefault(n.Id, []).Order(StringComparer.Ordinal).ToArray().AsReadOnly(),
            (mentions.GetValueOrDefault(n.Id) ?? []).ToArray().AsReadOnly(),
            n.Documents)).ToArray();
        return new EntityGraphSnapshot(records.AsReadOnly(), edges.AsReadOnly(), documents.AsReadOnly()) { Roles = RoleEdges.Aggregate(sayings) };
    }

    private static List<T> ListOf<T>(Dictionary<long, List<T>> lists, long node)
    {
        if (!lists.TryGetValue(node, out var list)) lists[node] = list = [];
        return list;
    }
}
