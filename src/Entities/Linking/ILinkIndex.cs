namespace Entities.Linking;

/// <summary>
/// What <see cref="EntityLinker"/> reads and writes of a graph while it links one document: which node owns a strong key, the
/// keys of a node, and the creation of nodes and keys. The in-memory graph implements it over its dictionaries, a database store
/// over the key rows it read under the document's locks; the linking policy itself lives only in <see cref="EntityLinker"/>
/// (online) and <see cref="Graph.GraphConsolidation"/> (when the graph is read). Not thread-safe: one document is linked at a
/// time through one index.
/// </summary>
/// <typeparam name="TNode">The store's node reference.</typeparam>
public interface ILinkIndex<TNode>
    where TNode : notnull
{
    /// <summary>Finds the node that owns <paramref name="key"/> as a strong key under <paramref name="label"/>.</summary>
    bool TryGetStrongOwner(EntityLabel label, string key, out TNode node);

    /// <summary>True when <paramref name="node"/> already has <paramref name="key"/> (owned or not).</summary>
    bool HasKey(TNode node, string key);

    /// <summary>True when <paramref name="a"/> was created before <paramref name="b"/> (the older node wins ties).</summary>
    bool IsOlder(TNode a, TNode b);

    /// <summary>Creates a node for an entity that joins none.</summary>
    TNode CreateNode(EntityLabel label, string canonicalName);

    /// <summary>
    /// Records the strong key <paramref name="key"/> on <paramref name="node"/> (no-op when it has it), and makes the node its
    /// owner under <paramref name="label"/> unless another node owns it (then the key is recorded without ownership: the two
    /// nodes are consolidated when the graph is read).
    /// </summary>
    void AddStrongKey(TNode node, EntityLabel label, string key);

    /// <summary>Records a key the node does not own (a weak or attribute key); called only when the node lacks it.</summary>
    void AddKey(TNode node, EntityLabel label, string key);
}
