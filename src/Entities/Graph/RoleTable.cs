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

/// <summary>The role sayings of an in-memory graph, in merge order (node numbers and document indices). Used under the graph's lock.</summary>
internal sealed class RoleTable
{
    private readonly List<(long Person, long Target, string? Place, string Role, int Document)> _sayings = [];

    /// <summary>Records one saying of a role in <paramref name="document"/> (<paramref name="target"/> 0: none).</summary>
    public void Add(long person, long target, string? place, string role, int document) => _sayings.Add((person, target, place, role, document));

    /// <summary>Restores a saved edge as <paramref name="count"/> sayings over its documents (the first document takes the surplus).</summary>
    public void Restore(long person, long target, string? place, string role, int count, IReadOnlyList<int> documents)
    {
        for (int i = 0; i < Math.Max(count, documents.Count); i++)
        {
            _sayings.Add((person, target, place, role, documents.Count == 0 ? 0 : documents[Math.Max(0, i - (count - documents.Count))]));
        }
    }

    /// <summary>The role edges (<see cref="RoleEdges.Aggregate"/>).</summary>
    public IReadOnlyList<RoleEdge> ToEdges(IReadOnlyList<string> documentIds) =>
        _sayings.Count == 0 ? [] : RoleEdges.Aggregate(_sayings
            .OrderBy(r => r.Document)
            .Select(r => new RoleSaying(NodeState.FormatId(r.Person), r.Role, r.Target == 0 ? null : NodeState.FormatId(r.Target), r.Place, documentIds[r.Document])));
}
