namespace Entities.Graph;

/// <summary>How one document entity was linked into an <see cref="EntityGraph"/>.</summary>
/// <param name="NodeId">The id of the node the entity joined or created.</param>
/// <param name="CanonicalName">The node's canonical name right after the merge.</param>
/// <param name="Aliases">The node's aliases right after the merge, most frequent first (empty when not requested).</param>
public sealed record EntityLink(string NodeId, string CanonicalName, IReadOnlyList<string> Aliases);
