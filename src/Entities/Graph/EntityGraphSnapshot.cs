namespace Entities.Graph;

/// <summary>A consistent, immutable copy of an <see cref="EntityGraph"/> at one moment: what exporters and persistence read.</summary>
/// <param name="Nodes">Nodes in creation order (<c>e1</c>, <c>e2</c>, …).</param>
/// <param name="Edges">Edges ordered by source creation number, then target creation number.</param>
/// <param name="DocumentIds">Ids of the merged documents, in merge order.</param>
public sealed record EntityGraphSnapshot(
    IReadOnlyList<EntityNode> Nodes,
    IReadOnlyList<EntityEdge> Edges,
    IReadOnlyList<string> DocumentIds)
{
    /// <summary>The role edges (who holds which role where), by person, then target, then role; empty when none.</summary>
    public IReadOnlyList<RoleEdge> Roles { get; init; } = [];

    /// <summary>
    /// A short description of each person with roles: its most frequent role and where (<c>présidente (BCE)</c>), by node id.
    /// Ties: the role said in the most documents, then ordinal order.
    /// </summary>
    public IReadOnlyDictionary<string, string> Descriptions()
    {
        var names = Nodes.ToDictionary(n => n.Id, n => n.CanonicalName, StringComparer.Ordinal);
        return Roles
            .GroupBy(r => r.Person, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var top = g.OrderByDescending(r => r.Count).ThenByDescending(r => r.Documents.Count).ThenBy(r => r.Role, StringComparer.Ordinal)
                        .ThenBy(r => r.Target ?? r.Place, StringComparer.Ordinal).First();
                    string? where = top.Target is not null && names.TryGetValue(top.Target, out var name) ? name : top.Place;
                    return where is null ? top.Role : $"{top.Role} ({where})";
                },
                StringComparer.Ordinal);
    }
}
