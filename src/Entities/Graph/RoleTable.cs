namespace Entities.Graph;

/// <summary>The validation every store does on the roles of a document before it records them.</summary>
public static class GraphRoles
{
    /// <summary>Checks that each role names entities in range and has a role text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A role names an entity out of range or has no text.</exception>
    public static void Validate(IReadOnlyList<GraphRole> roles, int entityCount)
    {
        ArgumentNullException.ThrowIfNull(roles);
        for (int i = 0; i < roles.Count; i++)
        {
            var role = roles[i] ?? throw new ArgumentNullException(nameof(roles), $"Role {i} is null.");
            if ((uint)role.PersonEntity >= (uint)entityCount || (role.TargetEntity is { } t && (uint)t >= (uint)entityCount) || string.IsNullOrWhiteSpace(role.Role))
            {
                throw new ArgumentException($"Role {i} ('{role.Role}') names an entity out of range (of {entityCount}) or is empty.", nameof(roles));
            }
        }
    }
}

/// <summary>The role edges of an in-memory graph: (person, target or place, role) → count and documents. Used under the graph's lock.</summary>
internal sealed class RoleTable
{
    private readonly Dictionary<(long Person, long Target, string Place, string Role), (int Count, List<int> Documents)> _edges = [];

    /// <summary>Records one saying of a role in <paramref name="document"/> (<paramref name="target"/> 0: none).</summary>
    public void Add(long person, long target, string? place, string role, int document)
    {
        var key = (person, target, place ?? "", role);
        if (!_edges.TryGetValue(key, out var state)) state = (0, []);
        if (state.Documents.Count == 0 || state.Documents[^1] != document) state.Documents.Add(document);
        _edges[key] = (state.Count + 1, state.Documents);
    }

    /// <summary>Restores a saved edge (its documents by index).</summary>
    public void Restore(long person, long target, string? place, string role, int count, IEnumerable<int> documents) =>
        _edges[(person, target, place ?? "", role)] = (count, [.. documents]);

    /// <summary>The edges with node ids and document ids, by person, target, place, role.</summary>
    public IReadOnlyList<RoleEdge> ToEdges(IReadOnlyList<string> documentIds) => _edges
        .OrderBy(e => e.Key.Person).ThenBy(e => e.Key.Target).ThenBy(e => e.Key.Place, StringComparer.Ordinal).ThenBy(e => e.Key.Role, StringComparer.Ordinal)
        .Select(e => new RoleEdge(
            NodeState.FormatId(e.Key.Person), e.Key.Role, e.Key.Target == 0 ? null : NodeState.FormatId(e.Key.Target), e.Key.Place.Length == 0 ? null : e.Key.Place,
            e.Value.Count, e.Value.Documents.Select(d => documentIds[d]).ToArray().AsReadOnly()))
        .ToArray()
        .AsReadOnly();
}
