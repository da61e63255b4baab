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

/// <summary>
/// The role edges of an in-memory graph: the sayings of merged documents (node numbers and document indices, in merge order)
/// and the edges of a restored graph. Used under the graph's lock.
/// </summary>
internal sealed class RoleTable
{
    private readonly List<(long Person, long Target, string? Place, string Role, int Document)> _sayings = [];
    private readonly List<RoleEdge> _restored = [];

    /// <summary>Records one saying of a role in <paramref name="document"/> (<paramref name="target"/> 0: none).</summary>
    public void Add(long person, long target, string? place, string role, int document) => _sayings.Add((person, target, place, role, document));

    /// <summary>Restores an edge of a saved graph.</summary>
    public void Restore(RoleEdge edge) => _restored.Add(edge);

    /// <summary>The role edges (<see cref="RoleEdges.Merge"/>).</summary>
    public IReadOnlyList<RoleEdge> ToEdges(IReadOnlyList<string> documentIds)
    {
        if (_sayings.Count == 0 && _restored.Count == 0) return [];
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < documentIds.Count; d++) order.TryAdd(documentIds[d], d);
        return RoleEdges.Merge(
            _restored.Concat(_sayings.Select(r => new RoleEdge(
                NodeState.FormatId(r.Person), r.Role, r.Target == 0 ? null : NodeState.FormatId(r.Target), r.Place, 1, [documentIds[r.Document]]))),
            order);
    }
}
