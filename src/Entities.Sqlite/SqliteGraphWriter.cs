using System.Text.Json;
using Entities.Graph;
using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// Writes what one linked document adds to the graph file, as <see cref="EntityGraph"/> adds it in memory: its aliases, mentions,
/// document counts and edges, each table in one statement over a JSON array of rows (<c>json_each</c>).
/// </summary>
internal static class SqliteGraphWriter
{
    private const string InsertAliases =
        "INSERT INTO aliases (node_id, alias, count) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]') " +
        "FROM json_each($rows) AS j WHERE true ON CONFLICT (node_id, alias) DO UPDATE SET count = count + excluded.count";

    private const string InsertMentions =
        "INSERT INTO mentions (document_id, node_id, start_offset, end_offset) SELECT $d, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]') " +
        "FROM json_each($rows) AS j";

    private const string TouchNodes = "UPDATE nodes SET document_count = document_count + 1 WHERE id IN (SELECT value FROM json_each($rows))";

    private const string InsertEdges =
        "INSERT INTO edges (source, target, sentence_count, document_count) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), 1 " +
        "FROM json_each($rows) AS j WHERE true " +
        "ON CONFLICT (source, target) DO UPDATE SET sentence_count = sentence_count + excluded.sentence_count, document_count = document_count + 1";

    private const string InsertRoles =
        "INSERT INTO roles (document_id, person, target, place, role) SELECT $d, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]') " +
        "FROM json_each($rows) AS j";

    /// <summary>Writes the roles of one document, one row each, with the nodes its entities were linked to.</summary>
    public static void AddRoles(SqliteStatements statements, SqliteTransaction transaction, long document, long[] linked, IReadOnlyList<GraphRole> roles)
    {
        if (roles.Count == 0) return;
        var rows = roles.Select(r => new object?[] { linked[r.PersonEntity], r.TargetEntity is { } t ? linked[t] : null, r.Place, r.Role }).ToList();
        statements.Execute(InsertRoles, transaction, ("$d", document), ("$rows", JsonSerializer.Serialize(rows)));
    }

    public static void Apply(
        SqliteStatements statements,
        SqliteGraphCache cache,
        SqliteTransaction transaction,
        long document,
        long[] linked,
        LinkCandidate[] candidates,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceOfMention,
        EntityGraphOptions options,
        DocumentEdgeScratch<long> edgeScratch)
    {
        var aliasRows = new List<object[]>();
        var mentionRows = new List<long[]>();
        for (int i = 0; i < linked.Length; i++)
        {
            var source = candidates[i].Source;
            if (source.Aliases.Count == 0) aliasRows.Add(cache.AddAlias(linked[i], source.CanonicalName, Math.Max(1, source.MentionIndices.Count)));
            foreach (var a in source.Aliases)
            {
                if (!string.IsNullOrEmpty(a.Alias)) aliasRows.Add(cache.AddAlias(linked[i], a.Alias, a.Count));
            }

            if (!options.RecordOccurrences) continue;
            foreach (int m in source.MentionIndices) mentionRows.Add([linked[i], mentions[m].Start, mentions[m].End]);
        }

        if (aliasRows.Count > 0) statements.Execute(InsertAliases, transaction, ("$rows", JsonSerializer.Serialize(aliasRows)));
        if (mentionRows.Count > 0) statements.Execute(InsertMentions, transaction, ("$d", document), ("$rows", JsonSerializer.Serialize(mentionRows)));
        var distinct = linked.Distinct().ToArray();
        if (distinct.Length > 0) statements.Execute(TouchNodes, transaction, ("$rows", JsonSerializer.Serialize(distinct)));
        foreach (long node in distinct) cache.Rename(node);

        if (!options.RecordOccurrences) return;
        var entities = candidates.Select(c => c.Source).ToArray();
        var edgeRows = DocumentEdges.Compute(linked, entities, sentenceOfMention, Comparer<long>.Default, options, edgeScratch).Select(e => new[] { e.First, e.Second, e.Sentences }).ToList();
        if (edgeRows.Count > 0) statements.Execute(InsertEdges, transaction, ("$rows", JsonSerializer.Serialize(edgeRows)));
    }
}
