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
