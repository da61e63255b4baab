namespace Entities.Graph;

/// <summary>A node adjacent to another one, with the edge that joins them.</summary>
/// <param name="Node">The neighbouring node.</param>
/// <param name="Edge">The co-occurrence edge.</param>
public sealed record EntityNeighbor(EntityNode Node, EntityEdge Edge);
