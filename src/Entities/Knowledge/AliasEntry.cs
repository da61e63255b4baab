namespace Entities.Knowledge;

/// <summary>One entry of an <see cref="AliasTable"/>: a real-world entity and the names it goes by.</summary>
/// <param name="Canonical">The display name used as the canonical name of matching entities (e.g. <c>Organisation du traité de l'Atlantique nord</c>).</param>
/// <param name="Label">The entity type.</param>
/// <param name="Aliases">The other names and acronyms (e.g. <c>OTAN</c>, <c>NATO</c>); the canonical name is not repeated here.</param>
/// <param name="Source">The file the entry comes from (e.g. <c>organizations.tsv</c>).</param>
public sealed record AliasEntry(string Canonical, EntityLabel Label, IReadOnlyList<string> Aliases, string Source)
{
    /// <summary>
    /// An identifier of the entity in the user's own knowledge base (a Wikidata id, a customer number), or
    /// <see langword="null"/>. When set, it is the entity's table key in the graph (<c>table:#</c> + id), so two entries with the
    /// same id are one node.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The canonical name followed by the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Canonical);
}
