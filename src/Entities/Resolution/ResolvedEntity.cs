using Entities.Knowledge;
namespace Entities.Resolution;

/// <summary>An entity of one document as grouped by an <see cref="IAliasResolver"/>, before it is linked to a graph node.</summary>
/// <param name="Label">The entity type.</param>
/// <param name="CanonicalName">The display name: the longest well-formed, most frequent full form.</param>
/// <param name="Aliases">Distinct surface forms (elided articles and titles stripped) with how often each occurs, canonical name first.</param>
/// <param name="Keys">Folded matching keys (case and diacritics folded, hyphens as spaces, alias-table canonical keys) used to link this entity across documents.</param>
/// <param name="MentionIndices">Indices of the entity's mentions in the list given to the resolver, ascending.</param>
public sealed record ResolvedEntity(
    EntityLabel Label,
    string CanonicalName,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<string> Keys,
    IReadOnlyList<int> MentionIndices)
{
    private readonly string? documentName;

    /// <summary>
    /// The entity's name in its own document: <see cref="CanonicalName"/> when the document writes it, else the document's
    /// best written form (a table's canonical name the document never writes, <c>Organisation des Nations unies pour
    /// l'éducation…</c> for <c>Unesco</c>, stays the graph's). Defaults to <see cref="CanonicalName"/>.
    /// </summary>
    public string DocumentName
    {
        get => documentName ?? CanonicalName;
        init => documentName = value;
    }
}

/// <summary>A surface form of an entity and the number of mentions that use it.</summary>
/// <param name="Alias">The surface form.</param>
/// <param name="Count">Number of mentions.</param>
public readonly record struct AliasCount(string Alias, int Count);
