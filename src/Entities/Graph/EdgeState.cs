namespace Entities.Graph;

/// <summary>The mutable counters of one edge; only touched under the graph's lock.</summary>
internal sealed class EdgeState(NodeState first, NodeState second)
{
    /// <summary>The older end (lower creation number).</summary>
    public NodeState First { get; } = first;

    /// <summary>The newer end.</summary>
    public NodeState Second { get; } = second;

    public int SentenceCount { get; set; }

    public int DocumentCount { get; set; }

    private EntityEdge? _cached;

    /// <summary>Returns the immutable view, rebuilt only after a change.</summary>
    public EntityEdge ToRecord() =>
        _cached is { } cached && cached.SentenceCount == SentenceCount && cached.DocumentCount == DocumentCount
            ? cached
            : _cached = new EntityEdge(First.Id, Second.Id, SentenceCount, DocumentCount);
}
