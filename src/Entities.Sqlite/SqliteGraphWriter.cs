using Entities.Graph;
using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// Collects what the linked documents of one batch add to the graph file, as <see cref="EntityGraph"/> adds it in memory (their
/// aliases, mentions, document counts, edges and roles), summed per key over the batch, then writes each table in one
/// statement over a JSON array of rows (<c>json_each</c>). Used under the store's lock, one batch at a time.
/// </summary>
internal sealed class SqliteGraphWriter(EntityGraphOptions options, DocumentEdgeScratch<long> edgeScratch)
{
    private const string InsertAliases =
        "INSERT INTO aliases (node_id, alias, count) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]') " +
        "FROM json_each($rows) AS j WHERE true ON CONFLICT (node_id, alias) DO UPDATE SET count = count + excluded.count";

    private const string InsertMentions =
        "INSERT INTO mentions (document_id, node_id, start_offset, end_offset) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]') " +
        "FROM json_each($rows) AS j";

    private const string TouchNodes =
        "UPDATE nodes SET document_count = document_count + c.n " +
        "FROM (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS n FROM json_each($rows) AS j) AS c WHERE nodes.id = c.id";

    private const string InsertEdges =
        "INSERT INTO edges (source, target, sentence_count, document_count) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]') " +
        "FROM json_each($rows) AS j WHERE true " +
        "ON CONFLICT (source, target) DO UPDATE SET sentence_count = sentence_count + excluded.sentence_count, document_count = document_count + excluded.document_count";

    private const string InsertRoles =
        "INSERT INTO roles (document_id, person, target, place, role) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]') " +
        "FROM json_each($rows) AS j";

    private readonly Dictionary<(long Node, string Alias), int> aliases = [];
    private readonly List<long[]> mentions = [];
    private readonly Dictionary<long, int> documentCounts = [];
    private readonly Dictionary<(long First, long Second), (long Sentences, long Documents)> edges = [];
    private readonly List<(long Document, long Person, long? Target, string? Place, string Role)> roles = [];

    /// <summary>Adds one linked document's rows (its aliases also to the cache, so the next document of the batch sees them).</summary>
    public void Add(SqliteGraphCache cache, long document, long[] linked, LinkCandidate[] candidates, IReadOnlyList<EntityMention> documentMentions, IReadOnlyList<int> sentenceOfMention, IReadOnlyList<GraphRole> documentRoles)
    {
        for (int i = 0; i < linked.Length; i++)
        {
            var source = candidates[i].Source;
            if (source.Aliases.Count == 0) AddAlias(cache, linked[i], source.CanonicalName, Math.Max(1, source.MentionIndices.Count));
            foreach (var a in source.Aliases)
            {
                if (!string.IsNullOrEmpty(a.Alias)) AddAlias(cache, linked[i], a.Alias, a.Count);
            }

            if (!options.RecordOccurrences) continue;
            foreach (int m in source.MentionIndices) mentions.Add([document, linked[i], documentMentions[m].Start, documentMentions[m].End]);
        }

        foreach (long node in linked.Distinct()) documentCounts[node] = documentCounts.GetValueOrDefault(node) + 1;
        if (!options.RecordOccurrences) return;
        var entities = candidates.Select(c => c.Source).ToArray();
        foreach (var edge in DocumentEdges.Compute(linked, entities, sentenceOfMention, Comparer<long>.Default, options, edgeScratch))
        {
            var sum = edges.GetValueOrDefault((edge.First, edge.Second));
            edges[(edge.First, edge.Second)] = (sum.Sentences + edge.Sentences, sum.Documents + 1);
        }

        foreach (var r in documentRoles) roles.Add((document, linked[r.PersonEntity], r.TargetEntity is { } t ? linked[t] : null, r.Place, r.Role));
    }

    /// <summary>Writes the batch's rows and the touched nodes' new names, then forgets them.</summary>
    public void Write(SqliteStatements statements, SqliteGraphCache cache, SqliteTransaction transaction)
    {
        if (aliases.Count > 0)
            statements.Execute(InsertAliases, transaction, ("$rows", JsonRows.Write(aliases, static (w, a) => { w.WriteNumberValue(a.Key.Node); w.WriteStringValue(a.Key.Alias); w.WriteNumberValue(a.Value); })));
        if (mentions.Count > 0) statements.Execute(InsertMentions, transaction, ("$rows", JsonRows.Write(mentions, static (w, m) => { foreach (long v in m) w.WriteNumberValue(v); })));
        if (documentCounts.Count > 0)
            statements.Execute(TouchNodes, transaction, ("$rows", JsonRows.Write(documentCounts, static (w, c) => { w.WriteNumberValue(c.Key); w.WriteNumberValue(c.Value); })));
        foreach (long node in documentCounts.Keys) cache.Rename(node);
        if (edges.Count > 0)
        {
            statements.Execute(InsertEdges, transaction, ("$rows", JsonRows.Write(edges, static (w, e) =>
            {
                w.WriteNumberValue(e.Key.First);
                w.WriteNumberValue(e.Key.Second);
                w.WriteNumberValue(e.Value.Sentences);
                w.WriteNumberValue(e.Value.Documents);
            })));
        }
        if (roles.Count > 0 && options.RecordOccurrences)
        {
            statements.Execute(InsertRoles, transaction, ("$rows", JsonRows.Write(roles, static (w, r) =>
            {
                w.WriteNumberValue(r.Document);
                w.WriteNumberValue(r.Person);
                if (r.Target is { } target) w.WriteNumberValue(target);
                else w.WriteNullValue();
                if (r.Place is null) w.WriteNullValue();
                else w.WriteStringValue(r.Place);
                w.WriteStringValue(r.Role);
            })));
        }
        Clear();
    }

    /// <summary>Forgets the rows collected (after a write, or when the batch is rolled back).</summary>
    public void Clear()
    {
        aliases.Clear();
        mentions.Clear();
        documentCounts.Clear();
        edges.Clear();
        roles.Clear();
    }

    private void AddAlias(SqliteGraphCache cache, long node, string alias, int count)
    {
        cache.AddAlias(node, alias, count);
        aliases[(node, alias)] = aliases.GetValueOrDefault((node, alias)) + count;
    }
}
