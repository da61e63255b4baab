namespace Entities.Graph;

/// <summary>Smaller views of a graph snapshot, for pictures a person can read (Gephi, Graphviz).</summary>
public static class GraphViews
{
    /// <summary>
    /// The <paramref name="maxNodes"/> most mentioned nodes (ties: the most documents, then the id) and the edges between them
    /// whose weight (sentences in common) is at least <paramref name="minEdgeWeight"/>, with every role edge between kept
    /// nodes (and those in a country named by an adjective); the document list is kept.
    /// </summary>
    /// <param name="snapshot">The whole graph.</param>
    /// <param name="maxNodes">How many nodes to keep; 0 keeps them all.</param>
    /// <param name="minEdgeWeight">The smallest edge weight kept (0 keeps every edge between kept nodes).</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative.</exception>
    public static EntityGraphSnapshot Top(EntityGraphSnapshot snapshot, int maxNodes, int minEdgeWeight)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(maxNodes);
        ArgumentOutOfRangeException.ThrowIfNegative(minEdgeWeight);
        var nodes = maxNodes == 0 || snapshot.Nodes.Count <= maxNodes
            ? snapshot.Nodes
            : [.. snapshot.Nodes
                .OrderByDescending(n => n.MentionCount).ThenByDescending(n => n.DocumentCount).ThenBy(n => n.Id, StringComparer.Ordinal)
                .Take(maxNodes)];
        var kept = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var ordered = snapshot.Nodes.Where(n => kept.Contains(n.Id)).ToArray();   // in the snapshot's order
        var edges = snapshot.Edges.Where(e => e.Weight >= minEdgeWeight && kept.Contains(e.Source) && kept.Contains(e.Target)).ToArray();
        var roles = snapshot.Roles.Where(r => kept.Contains(r.Person) && (r.Target is null || kept.Contains(r.Target))).ToArray();
        return new EntityGraphSnapshot(ordered, edges, snapshot.DocumentIds) { Roles = roles };
    }
}
