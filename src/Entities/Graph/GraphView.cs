using Entities.Knowledge;

namespace Entities.Graph;

/// <summary>Lookups over one consolidated snapshot: nodes by id (and merged id), by folded alias, and their neighbours.</summary>
internal sealed class GraphView
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityEdge>> _edgesOf = new(StringComparer.Ordinal);

    public GraphView(EntityGraphSnapshot snapshot)
    {
        Snapshot = snapshot;
        var nodes = snapshot.Nodes;
        for (int i = 0; i < nodes.Count; i++)
        {
            _byId[nodes[i].Id] = i;
            foreach (string merged in nodes[i].MergedIds) _byId[merged] = i;
            foreach (var alias in nodes[i].Aliases)
            {
                string folded = TextFolding.Fold(alias.Alias);
                if (!_byAlias.TryGetValue(folded, out var list)) _byAlias[folded] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }

        foreach (var edge in snapshot.Edges)
        {
            EdgesOf(edge.Source).Add(edge);
            EdgesOf(edge.Target).Add(edge);
        }
    }

    public EntityGraphSnapshot Snapshot { get; }

    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EntityNode? node)
    {
        node = _byId.TryGetValue(id, out int index) ? Snapshot.Nodes[index] : null;
        return node is not null;
    }

    public IReadOnlyList<EntityNode> FindByAlias(string folded) =>
        _byAlias.TryGetValue(folded, out var list) ? list.Select(i => Snapshot.Nodes[i]).ToArray().AsReadOnly() : [];

    public IReadOnlyList<EntityNeighbor> Neighbors(string id)
    {
        if (!TryGetNode(id, out var node) || !_edgesOf.TryGetValue(node.Id, out var edges)) return [];
        return edges
            .Select(e => (Edge: e, Other: _byId[e.OtherEnd(node.Id)]))
            .OrderByDescending(e => e.Edge.SentenceCount)
            .ThenByDescending(e => e.Edge.DocumentCount)
            .ThenBy(e => e.Other)
            .Select(e => new EntityNeighbor(Snapshot.Nodes[e.Other], e.Edge))
            .ToArray()
            .AsReadOnly();
    }

    private List<EntityEdge> EdgesOf(string id)
    {
        if (!_edgesOf.TryGetValue(id, out var list)) _edgesOf[id] = list = [];
        return list;
    }
}
