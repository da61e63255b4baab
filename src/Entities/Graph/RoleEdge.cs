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
public sealed record GraphRole(int PersonEntity, string Role, int? TargetEntity, string? Place)
{
    /// <summary>The role's professional field (<see cref="Roles.PersonRole.Field"/>), or <see langword="null"/>.</summary>
    public string? Field { get; init; }
}

/// <summary>One saying of a role in one document, as a store keeps it: node ids and the document's id.</summary>
/// <param name="Person">The person's node id.</param>
/// <param name="Role">The role (see <see cref="RoleEdge.Role"/>).</param>
/// <param name="Target">The organization's or place's node id, or <see langword="null"/>.</param>
/// <param name="Place">The country an adjective named, or <see langword="null"/>.</param>
/// <param name="Document">The document's id.</param>
public readonly record struct RoleSaying(string Person, string Role, string? Target, string? Place, string Document);

/// <summary>Builds the role edges of a snapshot: from the sayings a store kept, or by merging edges (consolidated nodes, restored graphs).</summary>
public static class RoleEdges
{
    /// <summary>
    /// Sums the sayings, given in merge order, into role edges: one per (person, target, place, role), with its count and its
    /// documents in merge order; edges ordered by person, target (creation numbers), place and role.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sayings"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<RoleEdge> Aggregate(IEnumerable<RoleSaying> sayings)
    {
        ArgumentNullException.ThrowIfNull(sayings);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new List<RoleEdge>();
        foreach (var saying in sayings)
        {
            order.TryAdd(saying.Document, order.Count);
            edges.Add(new RoleEdge(saying.Person, saying.Role, saying.Target, saying.Place, 1, [saying.Document]));
        }

        return Merge(edges, order);
    }

    /// <summary>
    /// Merges role edges that name the same (person, target, place, role): counts summed, documents joined in the order of
    /// <paramref name="documentOrder"/> (document id → merge index); edges ordered by person, target (creation numbers), place
    /// and role.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<RoleEdge> Merge(IEnumerable<RoleEdge> edges, IReadOnlyDictionary<string, int> documentOrder)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(documentOrder);
        var merged = new Dictionary<(string Person, string Target, string Place, string Role), (int Count, SortedSet<(int, string)> Documents)>();
        foreach (var edge in edges)
        {
            var key = (edge.Person, edge.Target ?? "", edge.Place ?? "", edge.Role);
            if (!merged.TryGetValue(key, out var state)) state = (0, []);
            foreach (string document in edge.Documents) state.Documents.Add((documentOrder.GetValueOrDefault(document, int.MaxValue), document));
            merged[key] = (state.Count + edge.Count, state.Documents);
        }

        return merged
            .OrderBy(e => Number(e.Key.Person)).ThenBy(e => e.Key.Target.Length == 0 ? 0 : Number(e.Key.Target))
            .ThenBy(e => e.Key.Place, StringComparer.Ordinal).ThenBy(e => e.Key.Role, StringComparer.Ordinal)
            .Select(e => new RoleEdge(e.Key.Person, e.Key.Role, e.Key.Target.Length == 0 ? null : e.Key.Target, e.Key.Place.Length == 0 ? null : e.Key.Place,
                e.Value.Count, e.Value.Documents.Select(d => d.Item2).ToArray().AsReadOnly()))
            .ToArray()
            .AsReadOnly();
    }

    private static long Number(string id) => NodeState.TryParseId(id, out long number) ? number : long.MaxValue;
}
