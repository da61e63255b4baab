
namespace Entities.Linking;

/// <summary>
/// The linking policy, shared by every graph store: joins a document entity to a graph node, or creates one.
/// <list type="number">
/// <item>A strong key (full name, alias-table id, acronym with its long form) owned by a node of the same label joins that node
/// (the oldest when several do).</item>
/// <item>Otherwise weak keys (a lone surname) join a node only when exactly one node of the same label carries them and that node
/// has no strong key of a kind the entity also has (a different full name): ambiguous cases stay apart.</item>
/// <item>Otherwise a new node is created. The entity's keys are then recorded on the node (a strong key owned elsewhere stays
/// with its owner).</item>
/// </list>
/// Stateless: all state is in the <see cref="ILinkIndex{TNode}"/>.
/// </summary>
public static class EntityLinker
{
    /// <summary>Links one entity through <paramref name="index"/> and records the keys it brings; returns its node.</summary>
    /// <param name="candidate">The entity and its keys.</param>
    /// <param name="index">The graph's keys.</param>
    /// <param name="weakKinds">The weak key kinds (<c>EntityGraphOptions.WeakKeyKinds</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TNode Link<TNode>(LinkCandidate candidate, ILinkIndex<TNode> index, IReadOnlySet<string> weakKinds)
        where TNode : notnull
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(weakKinds);
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

        if (!found) found = TryLinkByWeakKeys(candidate, index, weakKinds, out chosen);
        if (!found) chosen = index.CreateNode(label, candidate.Source.CanonicalName);
        var node = chosen!;
        foreach (string key in candidate.StrongKeys) index.AddStrongKey(node, label, key);
        foreach (string key in candidate.WeakKeys)
        {
            if (!index.HasKey(node, key)) index.AddWeakKey(node, label, key);
        }

        return node;
    }

    private static bool TryLinkByWeakKeys<TNode>(LinkCandidate candidate, ILinkIndex<TNode> index, IReadOnlySet<string> weakKinds, out TNode? node)
        where TNode : notnull
    {
        node = default;
        bool found = false;
        foreach (string key in candidate.WeakKeys)
        {
            foreach (var other in index.WeakNodes(candidate.Source.Label, key))
            {
                if (found && !EqualityComparer<TNode>.Default.Equals(node, other)) return false; // ambiguous: stay apart
                node = other;
                found = true;
            }
        }

        return found && !HasConflictingStrongKey(node!, candidate, index, weakKinds);
    }

    /// <summary>
    /// True when the node has a strong key of a kind the entity also has: since none of the entity's strong keys is owned by
    /// anyone (else it would have linked strongly), the two disagree on that kind.
    /// </summary>
    private static bool HasConflictingStrongKey<TNode>(TNode node, LinkCandidate candidate, ILinkIndex<TNode> index, IReadOnlySet<string> weakKinds)
        where TNode : notnull
    {
        if (candidate.StrongKeys.Length == 0) return false;
        var kinds = candidate.StrongKeys.Select(MatchingKey.KindOf).ToHashSet(StringComparer.Ordinal);
        return index.KeysOf(node).Any(k => kinds.Contains(MatchingKey.KindOf(k)) && !weakKinds.Contains(MatchingKey.KindOf(k)));
    }
}
