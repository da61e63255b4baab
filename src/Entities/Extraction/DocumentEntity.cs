namespace Entities;

/// <summary>An entity of one document: the mentions that refer to the same real-world person, place or organization.</summary>
/// <param name="Id">Identifier, shared with <see cref="EntityMention.EntityId"/>; when the extractor is bound to a graph, the graph node's id.</param>
/// <param name="Label">The entity type.</param>
/// <param name="CanonicalName">The entity's name as this document writes it: the alias table's canonical name when the document
/// writes it, else the document's best written form (the longest well-formed, most frequent full form); a graph node keeps the
/// table's name.</param>
/// <param name="Aliases">Distinct surface forms the document writes for the entity, <paramref name="CanonicalName"/> first.</param>
/// <param name="MentionIndices">Indices into <see cref="ExtractionResult.Mentions"/> of this entity's mentions, ascending.</param>
public sealed record DocumentEntity(
    string Id,
    EntityLabel Label,
    string CanonicalName,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<int> MentionIndices);
