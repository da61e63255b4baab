namespace Entities.Graph;

/// <summary>
/// A typed, directed edge of the graph: a person holds a role in an organization or place (<see cref="Target"/>, a node) or
/// in a country a nationality adjective named (<see cref="Place"/>), as documents said it (<c>Christine Lagarde,
/// présidente de la BCE</c>).
/// </summary>
/// <param name="Person">The person's node id.</param>
/// <param name="Role">The role as written, with its portfolio, without its qualifier (<c>présidente</c>, <c>ministre des Finances</c>).</param>
/// <param name="Target">The node id of the organization or place, or <see langword="null"/>.</param>
/// <param name="Place">The country's name when the text named it by an adjective only (<c>le président brésilien</c> → <c>Brésil</c>), or <see langword="null"/>.</param>
/// <param name="Count">How many times documents said it.</param>
/// <param name="Documents">The ids of the documents that said it, in merge order.</param>
public sealed record RoleEdge(string Person, string Role, string? Target, string? Place, int Count, IReadOnlyList<string> Documents);

/// <summary>A role one document gives one of its entities, as a store receives it: indices into the document's resolved entities.</summary>
/// <param name="PersonEntity">Index of the person's resolved entity.</param>
/// <param name="Role">The role as written (see <see cref="RoleEdge.Role"/>).</param>
/// <param name="TargetEntity">Index of the organization's or place's resolved entity, or <see langword="null"/>.</param>
/// <param name="Place">The country a nationality adjective named, or <see langword="null"/>.</param>
public sealed record GraphRole(int PersonEntity, string Role, int? TargetEntity, string? Place);

/// <summary>One saying of a role in one document, as a store keeps it: node ids and the document's id.</summary>
/// <param name="Person">The person's node id.</param>
/// <param name="Role">The role (see <see cref="RoleEdge.Role"/>).</param>
/// <param name="Target">The organization's or place's node id, or <see langword="null"/>.</param>
/// <param name="Place">The country an adjective named, or <see langword="null"/>.</param>
/// <param name="Document">The document's id.</param>
public readonly record struct RoleSaying(string Person, string Role, string? Target, string? Place, string Document);

/// <summary>Builds the role edges of a snapshot from the sayings a store kept.</summary>
public static class RoleEdges
{
    /// <summary>
    /// Sums the sayings in merge order into role edges: one per (person, target, place, role), with its count and its documents
    /// in merge order; edges ordered by person, target (creation numbers), place and role.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sayings"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<RoleEdge> Aggregate(IEnumerable<RoleSaying> sayings)
    {
        ArgumentNullException.ThrowIfNull(sayings);
        var edges = new Dictionary<(string, string, string, string), (int Count, List<string> Documents)>();
        foreach (var saying in sayings)
        {
            var key = (saying.Person, saying.Target ?? "", saying.Place ?? "", saying.Role);
            if (!edges.TryGetValue(key, out var state)) state = (0, []);
            if (state.Documents.Count == 0 || !string.Equals(state.Documents[^1], saying.Document, StringComparison.Ordinal)) state.Documents.Add(saying.Document);
            edges[key] = (state.Count + 1, state.Documents);
        }

        return edges
            .OrderBy(e => Number(e.Key.Item1)).ThenBy(e => e.Key.Item2.Length == 0 ? 0 : Number(e.Key.Item2))
            .ThenBy(e => e.Key.Item3, StringComparer.Ordinal).ThenBy(e => e.Key.Item4, StringComparer.Ordinal)
            .Select(e => new RoleEdge(e.Key.Item1, e.Key.Item4, e.Key.Item2.Length == 0 ? null : e.Key.Item2, e.Key.Item3.Length == 0 ? null : e.Key.Item3,
                e.Value.Count, e.Value.Documents.AsReadOnly()))
            .ToArray()
            .AsReadOnly();
    }

    private static long Number(string id) => NodeState.TryParseId(id, out long number) ? number : long.MaxValue;
}
