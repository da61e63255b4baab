namespace Entities.Linking;

/// <summary>
/// What <see cref="EntityLinker"/> reads and writes of a graph while it links one document: which node owns a strong key, which
/// nodes carry a weak key, the keys of a node, and the creation of nodes and keys. The in-memory graph implements it over its
/// dictionaries, a database store over the key rows it read under the document's locks; the linking policy itself lives only in
/// <see cref="EntityLinker"/>. Not thread-safe: one document is linked at a time through one index.
/// </summary>
/// <typeparam name="TNode">The store's node reference.</typeparam>
public interface ILinkIndex<TNode>
    where TNode : notnull
{
    /// <summary>Finds the node that owns <paramref name="key"/> as a strong key under <paramref name="label"/>.</summary>
    bool TryGetStrongOwner(EntityLabel label, string key, out TNode node);

    /// <summary>The nodes carrying <paramref name="key"/> as a weak key under <paramref name="label"/> (empty when none).</summary>
    IReadOnlyList<TNode> WeakNodes(EntityLabel label, string key);

    /// <summary>Every key (strong and weak) of <paramref name="node"/>.</summary>
    IEnumerable<string> KeysOf(TNode node);

    /// <summary>True when <paramref name="node"/> already has <paramref name="key"/>.</summary>
    bool HasKey(TNode node, string key);

    /// <summary>True when <paramref name="a"/> was created before <paramref name="b"/> (the older node wins ties).</summary>
    bool IsOlder(TNode a, TNode b);

    /// <summary>Creates a node for an entity that joins none.</summary>
    TNode CreateNode(EntityLabel label, string canonicalName);

    /// <summary>Makes <paramref name="node"/> the owner of the strong key <paramref name="key"/> under <paramref name="label"/>, unless another node owns it; adds it to the node's keys.</summary>
    void AddStrongKey(TNode node, EntityLabel label, string key);

    /// <summary>Adds the weak key <paramref name="key"/> to <paramref name="node"/> (called only when the node lacks it).</summary>
    void AddWeakKey(TNode node, EntityLabel label, string key);
}
