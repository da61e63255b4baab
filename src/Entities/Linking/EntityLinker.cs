namespace Entities.Linking;

/// <summary>
/// The online half of the linking policy, shared by every graph store: puts a document entity into a <em>linking node</em>
/// (a node of the store's tables) on strong evidence only, and records every key the entity brings.
/// <list type="number">
/// <item>A strong key (full name, alias-table id, acronym) owned by a node of the same label joins that node (the oldest when
/// several do).</item>
/// <item>Otherwise a new node is created: an entity known only by weak keys (a lone surname) always gets a node of its own.</item>
/// <item>Every key of the entity is then recorded on the node: a strong key nobody owns becomes the node's; a strong key owned
/// by another node, the weak keys and the attribute keys are recorded without ownership.</item>
/// </list>
/// Weak evidence (a lone surname) never joins anything here: <see cref="Graph.GraphConsolidation"/> resolves it over the whole
/// graph when the graph is read, together with the strong keys that two linking nodes share. So which linking node an entity
/// lands in may depend on document order, but the consolidated partition does not.
/// Stateless: all state is in the <see cref="ILinkIndex{TNode}"/>.
/// </summary>
public static class EntityLinker
{
    /// <summary>Links one entity through <paramref name="index"/> and records the keys it brings; returns its node.</summary>
    /// <param name="candidate">The entity and its keys.</param>
    /// <param name="index">The graph's keys.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TNode Link<TNode>(LinkCandidate candidate, ILinkIndex<TNode> index)
        where TNode : notnull
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(index);
        var label = candidate.Source.Label;
        TNode? chosen = default;
        bool found = false;
        foreach (string key in candidate.StrongKeys)
        {
            if (index.TryGetStrongOwner(label, key, out var owner) && (!found || index.IsOlder(owner, chosen!)))
            {
                chosen = owner;
                found = true;
            }
        }

        var node = found ? chosen! : index.CreateNode(label, candidate.Source.CanonicalName);
        foreach (string key in candidate.StrongKeys) index.AddStrongKey(node, label, key);
        foreach (string key in candidate.WeakKeys)
        {
            if (!index.HasKey(node, key)) index.AddKey(node, label, key);
        }

        foreach (string key in candidate.AttributeKeys)
        {
            if (!index.HasKey(node, key)) index.AddKey(node, label, key);
        }

        return node;
    }
}
