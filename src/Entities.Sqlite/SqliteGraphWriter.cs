using Entities.Graph;
using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>Writes what one linked document adds to the graph file, as <see cref="EntityGraph"/> adds it in memory.</summary>
internal static class SqliteGraphWriter
{
    public static void Apply(
        SqliteStatements statements,
        SqliteGraphCache cache,
        SqliteTransaction transaction,
        long document,
        long[] linked,
        LinkCandidate[] candidates,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceOfMention,
        EntityGraphOptions options)
    {
        const string mention = "INSERT INTO mentions (document_id, node_id, start_offset, end_offset) VALUES ($d, $n, $s, $e)";
        for (int i = 0; i < linked.Length; i++)
        {
            var source = candidates[i].Source;
            if (source.Aliases.Count == 0) cache.AddAlias(linked[i], source.CanonicalName, Math.Max(1, source.MentionIndices.Count));
            foreach (var a in source.Aliases)
            {
                if (!string.IsNullOrEmpty(a.Alias)) cache.AddAlias(linked[i], a.Alias, a.Count);
            }

            if (!options.RecordOccurrences) continue;
            foreach (int m in source.MentionIndices) statements.Execute(mention, transaction, ("$d", document), ("$n", linked[i]), ("$s", mentions[m].Start), ("$e", mentions[m].End));
        }

        const string touch = "UPDATE nodes SET document_count = document_count + 1 WHERE id = $n";
        foreach (long node in linked.Distinct())
        {
            statements.Execute(touch, transaction, ("$n", node));
            cache.Rename(node);
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
}
