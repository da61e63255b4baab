using Entities.Graph;
using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>Writes what one linked document adds to the graph file, as <see cref="EntityGraph"/> adds it in memory.</summary>
internal static class SqliteGraphWriter
{
    public static void Apply(
        SqliteStatements statements,
        SqliteTransaction transaction,
        long document,
        long[] linked,
        LinkCandidate[] candidates,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceOfMention,
        EntityGraphOptions options)
    {
        const string alias = "INSERT INTO aliases (node_id, alias, count) VALUES ($n, $a, $c) ON CONFLICT (node_id, alias) DO UPDATE SET count = count + excluded.count";
        const string mention = "INSERT INTO mentions (document_id, node_id, start_offset, end_offset) VALUES ($d, $n, $s, $e)";
        for (int i = 0; i < linked.Length; i++)
        {
            var source = candidates[i].Source;
            if (source.Aliases.Count == 0) statements.Execute(alias, transaction, ("$n", linked[i]), ("$a", source.CanonicalName), ("$c", Math.Max(1, source.MentionIndices.Count)));
            foreach (var a in source.Aliases)
            {
                if (!string.IsNullOrEmpty(a.Alias)) statements.Execute(alias, transaction, ("$n", linked[i]), ("$a", a.Alias), ("$c", a.Count));
            }

            if (!options.RecordOccurrences) continue;
            foreach (int m in source.MentionIndices) statements.Execute(mention, transaction, ("$d", document), ("$n", linked[i]), ("$s", mentions[m].Start), ("$e", mentions[m].End));
        }

        const string touch = "UPDATE nodes SET document_count = document_count + 1 WHERE id = $n";
        const string rename = "UPDATE nodes SET canonical_name = $name WHERE id = $n";
        foreach (long node in linked.Distinct())
        {
            statements.Execute(touch, transaction, ("$n", node));
            string current = (string)statements.Scalar("SELECT canonical_name FROM nodes WHERE id = $n", transaction, ("$n", node))!;
            statements.Execute(rename, transaction, ("$n", node), ("$name", CanonicalNameSelector.Select(Aliases(statements, transaction, node), current)));
        }

        if (!options.RecordOccurrences) return;
        const string edge =
            "INSERT INTO edges (source, target, sentence_count, document_count) VALUES ($s, $t, $c, 1) " +
            "ON CONFLICT (source, target) DO UPDATE SET sentence_count = sentence_count + excluded.sentence_count, document_count = document_count + 1";
        var entities = candidates.Select(c => c.Source).ToArray();
        foreach (var e in DocumentEdges.Compute(linked, entities, sentenceOfMention, Comparer<long>.Default, options))
        {
            statements.Execute(edge, transaction, ("$s", e.First), ("$t", e.Second), ("$c", e.Sentences));
        }
    }

    private static Dictionary<string, int> Aliases(SqliteStatements statements, SqliteTransaction transaction, long node)
    {
        var aliases = new Dictionary<string, int>(StringComparer.Ordinal);
        var command = statements.Get("SELECT alias, count FROM aliases WHERE node_id = $n", transaction);
        command.Parameters.AddWithValue("$n", node);
        using var reader = command.ExecuteReader();
        while (reader.Read()) aliases[reader.GetString(0)] = reader.GetInt32(1);
        return aliases;
    }
}
