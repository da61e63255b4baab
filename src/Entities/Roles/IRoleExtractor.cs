namespace Entities.Roles;

/// <summary>The stage after resolution that reads, from the text, the roles people hold (<see cref="PersonRole"/>).</summary>
public interface IRoleExtractor
{
    /// <summary>The roles of the person mentions of one document.</summary>
    /// <param name="text">The document.</param>
    /// <param name="mentions">Its mentions, sorted by start and non-overlapping, with their final labels.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    IReadOnlyList<PersonRole> Extract(string text, IReadOnlyList<EntityMention> mentions, CancellationToken cancellationToken = default);
}

/// <summary>A role a person mention holds according to its sentence.</summary>
/// <param name="PersonMention">Index of the person's mention.</param>
/// <param name="Role">The role as written, with its portfolio, without its qualifier (<c>Premier ministre</c>, <c>ministre des Finances</c>).</param>
/// <param name="Qualifier">The time the role is held at, when the text says: <c>ancien</c> (ancien, ancienne), <c>ex</c> (ex-), <c>futur</c> (futur, future); otherwise <see langword="null"/>.</param>
/// <param name="TargetMention">Index of the organization or place mention the role applies to, when the text names one.</param>
/// <param name="Place">The country a nationality adjective names (<c>brésilien</c> → <c>Brésil</c>), when there is no target mention.</param>
/// <param name="Start">Start of the evidence (role, organization and person), UTF-16 offset.</param>
/// <param name="End">End of the evidence (exclusive).</param>
public sealed record PersonRole(int PersonMention, string Role, string? Qualifier, int? TargetMention, string? Place, int Start, int End)
{
    /// <summary>
    /// The professional field the role belongs to (<c>politics</c>, <c>sport</c>, <c>medicine</c>…: <see cref="RoleLexicon.Fields"/>),
    /// or <see langword="null"/> when the role fixes none (<c>président</c>, <c>directeur</c>). The graph keeps apart two people of
    /// the same full name whose documents give them roles in different fields only.
    /// </summary>
    public string? Field { get; init; }
}
