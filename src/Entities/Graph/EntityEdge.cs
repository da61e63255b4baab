namespace Entities.Graph;

/// <summary>An immutable, undirected co-occurrence edge between two nodes of an <see cref="EntityGraph"/>.</summary>
/// <param name="Source">Id of the older node (lower creation number).</param>
/// <param name="Target">Id of the newer node.</param>
/// <param name="SentenceCount">Number of sentences that mention both nodes: the edge's weight. Zero when they only share documents.</param>
/// <param name="DocumentCount">Number of documents that mention both nodes; at least 1.</param>
public sealed record EntityEdge(string Source, string Target, int SentenceCount, int DocumentCount)
{
    /// <summary>The edge's weight: <see cref="SentenceCount"/>.</summary>
    public int Weight => SentenceCount;

    /// <summary>Returns the id at the other end of the edge from <paramref name="nodeId"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="nodeId"/> is neither end of the edge.</exception>
    public string OtherEnd(string nodeId)
    {
        if (string.Equals(nodeId, Source, StringComparison.Ordinal))
        {
            return Target;
        }

        if (string.Equals(nodeId, Target, StringComparison.Ordinal))
        {
            return Source;
        }

        throw new ArgumentException($"Node '{nodeId}' is not an end of edge {Source}–{Target}.", nameof(nodeId));
    }
}
