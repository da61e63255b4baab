using System.Globalization;
using Entities.Graph;
using Entities.Resolution;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>Reads the whole graph file into a snapshot (in one read transaction: consistent while a writer works).</summary>
internal static class SqliteGraphReader
{
    public static string NodeId(long node) => "e" + node.ToString(CultureInfo.InvariantCulture);

    public static EntityGraphSnapshot Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        var documents = new List<string>();
        foreach (var row in Rows(connection, transaction, "SELECT external_id FROM documents ORDER BY id")) documents.Add(row.GetString(0));

        var aliases = new Dictionary<long, List<AliasCount>>();
        foreach (var row in Rows(connection, transaction, "SELECT node_id, alias, count FROM aliases")) ListOf(aliases, row.GetInt64(0)).Add(new AliasCount(row.GetString(1), row.GetInt32(2)));
        var keys = new Dictionary<long, List<string>>();
        foreach (var row in Rows(connection, transaction, "SELECT node_id, key FROM node_keys")) ListOf(keys, row.GetInt64(0)).Add(row.GetString(1));
        var mentions = new Dictionary<long, List<MentionLocation>>();
        foreach (var row in Rows(connection, transaction, "SELECT m.node_id, d.external_id, m.start_offset, m.end_offset FROM mentions m JOIN documents d ON d.id = m.document_id ORDER BY m.rowid"))
            ListOf(mentions, row.GetInt64(0)).Add(new MentionLocation(row.GetString(1), row.GetInt32(2), row.GetInt32(3)));

        var nodes = new List<EntityNode>();
        foreach (var row in Rows(connection, transaction, "SELECT id, label, canonical_name, document_count FROM nodes ORDER BY id"))
        {
            long id = row.GetInt64(0);
            var nodeAliases = aliases.GetValueOrDefault(id) ?? [];
            nodeAliases.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Alias, b.Alias));
            var nodeKeys = keys.GetValueOrDefault(id) ?? [];
            nodeKeys.Sort(StringComparer.Ordinal);
            EntityLabels.TryParse(row.GetString(1), out var label);
            nodes.Add(new EntityNode(NodeId(id), label, row.GetString(2), nodeAliases.AsReadOnly(), nodeKeys.AsReadOnly(), (mentions.GetValueOrDefault(id) ?? []).AsReadOnly(), row.GetInt32(3)));
        }

        var edges = new List<EntityEdge>();
        foreach (var row in Rows(connection, transaction, "SELECT source, target, sentence_count, document_count FROM edges ORDER BY source, target"))
            edges.Add(new EntityEdge(NodeId(row.GetInt64(0)), NodeId(row.GetInt64(1)), row.GetInt32(2), row.GetInt32(3)));
        var sayings = new List<RoleSaying>();
        foreach (var row in Rows(connection, transaction, "SELECT r.person, r.target, r.place, r.role, d.external_id FROM roles r JOIN documents d ON d.id = r.document_id ORDER BY r.document_id, r.rowid"))
        {
            sayings.Add(new RoleSaying(NodeId(row.GetInt64(0)), row.GetString(3), row.IsDBNull(1) ? null : NodeId(row.GetInt64(1)), row.IsDBNull(2) ? null : row.GetString(2), row.GetString(4)));
        }

        return new EntityGraphSnapshot(nodes.AsReadOnly(), edges.AsReadOnly(), documents.AsReadOnly()) { Roles = RoleEdges.Aggregate(sayings) };
    }

    private static List<T> ListOf<T>(Dictionary<long, List<T>> map, long key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    private static IEnumerable<SqliteDataReader> Rows(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader;
    }
}
