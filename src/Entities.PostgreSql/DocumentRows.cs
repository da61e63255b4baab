using Entities.Graph;
namespace Entities.PostgreSql;

/// <summary>An alias count to add to a node.</summary>
internal readonly record struct AliasRow(long Node, string Alias, int Count);

/// <summary>A mention to insert.</summary>
internal readonly record struct MentionRow(long Node, int Start, int End);

/// <summary>Counts to add to an edge (<see cref="Source"/> &lt; <see cref="Target"/>).</summary>
internal readonly record struct EdgeRow(long Source, long Target, int SentenceCount, int DocumentCount);

/// <summary>
/// The rows one document adds, computed as <see cref="Graph.EntityGraph"/> applies a document: aliases (summed per node, since
/// one statement may not update a row twice), mentions in entity order, and edges between every pair of the document's nodes.
/// </summary>
internal static class DocumentRows
{
    public static List<AliasRow> Aliases(PreparedDocument document, long[] linked)
    {
        var sums = new Dictionary<(long, string), int>();
        for (int i = 0; i < linked.Length; i++)
        {
            var source = document.Entities[i].Source;
            if (source.Aliases.Count == 0) Add(linked[i], source.CanonicalName, Math.Max(1, source.MentionIndices.Count));
            foreach (var alias in source.Aliases)
            {
                if (!string.IsNullOrEmpty(alias.Alias)) Add(linked[i], alias.Alias, alias.Count);
            }
        }

        return sums
            .Select(p => new AliasRow(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderBy(r => r.Node).ThenBy(r => r.Alias, StringComparer.Ordinal)
            .ToList();

        void Add(long node, string alias, int count) => sums[(node, alias)] = sums.GetValueOrDefault((node, alias)) + count;
    }

    public static List<MentionRow> Mentions(PreparedDocument document, long[] linked)
    {
        var rows = new List<MentionRow>();
        for (int i = 0; i < linked.Length; i++)
        {
            foreach (int m in document.Entities[i].Source.MentionIndices)
            {
                rows.Add(new MentionRow(linked[i], document.Mentions[m].Start, document.Mentions[m].End));
            }
        }

        return rows;
    }

    /// <summary>The document's co-occurrence edges (<see cref="DocumentEdges"/>: the same rule and limits as every store).</summary>
    /// <param name="document">The document.</param>
    /// <param name="linked">Node id of each entity (database ids, or negative for new nodes until they get one).</param>
    /// <param name="options">The store's graph options (edge limits).</param>
    public static List<EdgeRow> Edges(PreparedDocument document, long[] linked, EntityGraphOptions options) =>
        [.. DocumentEdges.Compute(linked, [.. document.Entities.Select(e => e.Source)], document.SentenceOfMention, Comparer<long>.Default, options)
            .Select(edge => new EdgeRow(edge.First, edge.Second, edge.Sentences, 1))];
}
