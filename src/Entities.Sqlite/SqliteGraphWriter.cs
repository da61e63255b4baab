using Entities.Graph;
using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>Writes what one linked document adds to the graph file, as <see cref="EntityGraph"/> adds it in memory.</summary>
internal static class SqliteGraphWriter
{
    public static void Apply(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long document,
        long[] linked,
        LinkCandidate[] candidates,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceOfMention,
        EntityGraphOptions options)
    {
        using var alias = Command(connection, transaction, "INSERT INTO aliases (node_id, alias, count) VALUES ($n, $a, $c) ON CONFLICT (node_id, alias) DO UPDATE SET count = count + excluded.count");
        using var mention = Command(connection, transaction, "INSERT INTO mentions (document_id, node_id, start_offset, end_offset) VALUES ($d, $n, $s, $e)");
        for (int i = 0; i < linked.Length; i++)
        {
            var source = candidates[i].Source;
            if (source.Aliases.Count == 0) Run(alias, ("$n", linked[i]), ("$a", source.CanonicalName), ("$c", Math.Max(1, source.MentionIndices.Count)));
            foreach (var a in source.Aliases)
            {
                if (!string.IsNullOrEmpty(a.Alias)) Run(alias, ("$n", linked[i]), ("$a", a.Alias), ("$c", a.Count));
            }

            if (!options.RecordOccurrences) continue;
            foreach (int m in source.MentionIndices) Run(mention, ("$d", document), ("$n", linked[i]), ("$s", mentions[m].Start), ("$e", mentions[m].End));
        }

        using var touch = Command(connection, transaction, "UPDATE nodes SET document_count = document_count + 1 WHERE id = $n");
        using var rename = Command(connection, transaction, "UPDATE nodes SET canonical_name = $name WHERE id = $n");
        foreach (long node in linked.Distinct())
        {
            Run(touch, ("$n", node));
            string current = (string)SqliteSchema.Scalar(connection, "SELECT canonical_name FROM nodes WHERE id = $n", transaction, ("$n", node))!;
            Run(rename, ("$n", node), ("$name", CanonicalNameSelector.Select(Aliases(connection, transaction, node), current)));
        }

        if (!options.RecordOccurrences) return;
        using var edge = Command(connection, transaction,
            "INSERT INTO edges (source, target, sentence_count, document_count) VALUES ($s, $t, $c, 1) " +
            "ON CONFLICT (source, target) DO UPDATE SET sentence_count = sentence_count + excluded.sentence_count, document_count = document_count + 1");
        var entities = candidates.Select(c => c.Source).ToArray();
        foreach (var e in DocumentEdges.Compute(linked, entities, sentenceOfMention, Comparer<long>.Default, options))
        {
            Run(edge, ("$s", e.First), ("$t", e.Second), ("$c", e.Sentences));
        }
    }

    private static Dictionary<string, int> Aliases(SqliteConnection connection, SqliteTransaction transaction, long node)
    {
        var aliases = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = Command(connection, transaction, "SELECT alias, count FROM aliases WHERE node_id = $n");
        command.Parameters.AddWithValue("$n", node);
        using var reader = command.ExecuteReader();
        while (reader.Read()) aliases[reader.GetString(0)] = reader.GetInt32(1);
        return aliases;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
