using Entities.Graph;

namespace Entities.PostgreSql;

internal readonly record struct AliasRow(long Node, string Alias, int Count);

internal readonly record struct MentionRow(long Document, long Node, int Start, int End);

internal readonly record struct EdgeRow(long Source, long Target, int SentenceCount, int DocumentCount);

internal readonly record struct RoleRow(long Document, long Person, long? Target, string? Place, string Role);

/// <summary>The rows a batch of linked documents adds, aggregated per key so that each table gets one set-based statement.</summary>
internal sealed record BatchRows(
    List<AliasRow> Aliases,
    Dictionary<long, int> DocumentCounts,
    List<MentionRow> Mentions,
    List<EdgeRow> Edges,
    List<RoleRow> Roles);

/// <summary>
/// What the documents of a batch add to the tables: alias counts and edge counts summed over the batch (the sums the same
/// documents merged one at a time would leave), each node's number of documents, every mention and every role.
/// </summary>
internal static class DocumentRows
{
    /// <param name="documents">The batch.</param>
    /// <param name="merged">Indices of the documents merged by this batch, in order.</param>
    /// <param name="linked">For each merged document, the node of each of its entities.</param>
    /// <param name="documentKey">A merged document's row id.</param>
    /// <param name="options">The co-occurrence rule.</param>
    public static BatchRows Batch(IReadOnlyList<PreparedDocument> documents, IReadOnlyList<int> merged, long[][] linked, Func<int, long> documentKey, EntityGraphOptions options)
    {
        var aliases = new Dictionary<(long, string), int>();
        var documentCounts = new Dictionary<long, int>();
        var mentions = new List<MentionRow>();
        var edges = new Dictionary<(long, long), (int Sentences, int Documents)>();
        var roles = new List<RoleRow>();
        foreach (int d in merged)
        {
            var document = documents[d];
            long[] nodes = linked[d];
            long key = documentKey(d);
            for (int i = 0; i < nodes.Length; i++)
            {
                var source = document.Entities[i].Source;
                if (source.Aliases.Count == 0) AddAlias(nodes[i], source.CanonicalName, Math.Max(1, source.MentionIndices.Count));
                foreach (var alias in source.Aliases)
                {
                    if (!string.IsNullOrEmpty(alias.Alias)) AddAlias(nodes[i], alias.Alias, alias.Count);
                }

                foreach (int m in source.MentionIndices) mentions.Add(new MentionRow(key, nodes[i], document.Mentions[m].Start, document.Mentions[m].End));
            }

            foreach (long node in nodes.Distinct()) documentCounts[node] = documentCounts.GetValueOrDefault(node) + 1;
            foreach (var edge in DocumentEdges.Compute(nodes, [.. document.Entities.Select(e => e.Source)], document.SentenceOfMention, Comparer<long>.Default, options))
            {
                var sum = edges.GetValueOrDefault((edge.First, edge.Second));
                edges[(edge.First, edge.Second)] = (sum.Sentences + edge.Sentences, sum.Documents + 1);
            }

            foreach (var role in document.Roles)
                roles.Add(new RoleRow(key, nodes[role.PersonEntity], role.TargetEntity is { } t ? nodes[t] : null, role.Place, role.Role));
        }

        return new BatchRows(
            [.. aliases.Select(p => new AliasRow(p.Key.Item1, p.Key.Item2, p.Value)).OrderBy(r => r.Node).ThenBy(r => r.Alias, StringComparer.Ordinal)],
            documentCounts,
            mentions,
            [.. edges.Select(p => new EdgeRow(p.Key.Item1, p.Key.Item2, p.Value.Sentences, p.Value.Documents)).OrderBy(e => e.Source).ThenBy(e => e.Target)],
            roles);

        void AddAlias(long node, string alias, int count) => aliases[(node, alias)] = aliases.GetValueOrDefault((node, alias)) + count;
    }
}
