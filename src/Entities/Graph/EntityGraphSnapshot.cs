namespace Entities.Graph;

/// <summary>A consistent, immutable copy of an <see cref="EntityGraph"/> at one moment: what exporters and persistence read.</summary>
/// <param name="Nodes">Nodes in creation order (<c>e1</c>, <c>e2</c>, …).</param>
/// <param name="Edges">Edges ordered by source creation number, then target creation number.</param>
/// <param name="DocumentIds">Ids of the merged documents, in merge order.</param>
public sealed record EntityGraphSnapshot(
    IReadOnlyList<EntityNode> Nodes,
    IReadOnlyList<EntityEdge> Edges,
    IReadOnlyList<string> DocumentIds);
