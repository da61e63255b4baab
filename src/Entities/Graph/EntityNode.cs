using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Graph;

/// <summary>An immutable view of one node of an <see cref="EntityGraph"/>: an entity shared across documents.</summary>
/// <param name="Id">Stable identifier: <c>e</c> followed by the node's creation number (<c>e1</c>, <c>e2</c>, …), in merge order.</param>
/// <param name="Label">The entity type; every entity linked to the node has it.</param>
/// <param name="CanonicalName">The display name, recomputed from <paramref name="Aliases"/> after every merge (see <see cref="EntityGraph"/>).</param>
/// <param name="Aliases">Surface forms with their mention counts over all documents, most frequent first, then ordinal.</param>
/// <param name="Keys">The matching keys linked to this node, ordinal order: the strong keys it owns and its weak keys.</param>
/// <param name="Mentions">Every mention of the node, in merge order (document order, then as the resolver listed them).</param>
/// <param name="DocumentCount">Number of distinct documents that mention the node.</param>
public sealed record EntityNode(
    string Id,
    EntityLabel Label,
    string CanonicalName,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<string> Keys,
    IReadOnlyList<MentionLocation> Mentions,
    int DocumentCount)
{
    /// <summary>
    /// The ids of the other linking nodes this node consolidates (<see cref="GraphConsolidation"/>), by creation number: a
    /// document's output may have given one of them; <see cref="EntityGraph.TryGetNode"/> finds the node by any of them.
    /// </summary>
    public IReadOnlyList<string> MergedIds { get; init; } = [];

    /// <summary>Number of mentions of the node over all documents.</summary>
    public int MentionCount => Mentions.Count;
}
