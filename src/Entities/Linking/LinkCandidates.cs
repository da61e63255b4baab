using Entities.Resolution;

namespace Entities.Linking;

/// <summary>
/// A document entity ready to be linked: its resolved entity with its match keys split into strong keys (a shared strong key
/// joins a node), weak keys (resolved over the whole graph by <see cref="Graph.GraphConsolidation"/>) and attribute keys
/// (<c>gender:</c>: they join nothing, they can only keep apart), each sorted ordinally without repeats.
/// </summary>
/// <param name="Source">The entity as the resolver grouped it.</param>
/// <param name="StrongKeys">Keys whose kind is neither weak nor an attribute.</param>
/// <param name="WeakKeys">Keys whose kind is in <c>EntityGraphOptions.WeakKeyKinds</c>.</param>
/// <param name="AttributeKeys">Keys whose kind is in <see cref="LinkCandidates.AttributeKinds"/>.</param>
public sealed record LinkCandidate(ResolvedEntity Source, string[] StrongKeys, string[] WeakKeys, string[] AttributeKeys);

/// <summary>The validation and key splitting every graph store (<c>IEntityGraphStore</c>) does before it links a document.</summary>
public static class LinkCandidates
{
    /// <summary>Key kinds that describe an entity without identifying it: <c>gender</c> (<c>gender:m</c>, <c>gender:f</c>), <c>given</c>, <c>cogiven</c> (see <see cref="Resolution.MatchKeys"/>).</summary>
    public static IReadOnlySet<string> AttributeKinds { get; } = System.Collections.Frozen.FrozenSet.ToFrozenSet(["gender", "given", "cogiven"], StringComparer.Ordinal);

    /// <summary>Whether keys of <paramref name="kind"/> identify an entity: neither weak (<paramref name="weakKinds"/>) nor an attribute.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool IsStrongKind(string kind, IReadOnlySet<string> weakKinds)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(weakKinds);
        return !weakKinds.Contains(kind) && !AttributeKinds.Contains(kind);
    }

    /// <summary>Validates a document's merge arguments and splits each entity's keys by <paramref name="weakKinds"/> (ordinal order, no repeats).</summary>
    /// <param name="documentId">The document's id (not empty).</param>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="sentenceIndexOfMention">The sentence of each mention (same length as <paramref name="mentions"/>).</param>
    /// <param name="resolvedEntities">The resolver's entities; their mention indices must be in range.</param>
    /// <param name="weakKinds">The key kinds that are weak evidence (<c>EntityGraphOptions.WeakKeyKinds</c>).</param>
    /// <returns>One candidate per resolved entity, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is empty, the lengths differ, or a mention index is out of range.</exception>
    public static LinkCandidate[] Prepare(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlySet<string> weakKinds)
    {
        ArgumentNullException.ThrowIfNull(weakKinds);
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(sentenceIndexOfMention);
        ArgumentNullException.ThrowIfNull(resolvedEntities);
        if (sentenceIndexOfMention.Count != mentions.Count)
        {
            throw new ArgumentException(
                $"{sentenceIndexOfMention.Count} sentence indices for {mentions.Count} mentions.", nameof(sentenceIndexOfMention));
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m] is null) throw new ArgumentNullException(nameof(mentions), $"Mention {m} is null.");
        }

        var prepared = new LinkCandidate[resolvedEntities.Count];
        for (int i = 0; i < prepared.Length; i++)
        {
            var entity = resolvedEntities[i] ?? throw new ArgumentNullException(nameof(resolvedEntities), $"Entity {i} is null.");
            ArgumentNullException.ThrowIfNull(entity.Keys);
            ArgumentNullException.ThrowIfNull(entity.Aliases);
            ArgumentNullException.ThrowIfNull(entity.MentionIndices);
            ArgumentNullException.ThrowIfNull(entity.CanonicalName);
            foreach (int m in entity.MentionIndices)
            {
                if ((uint)m >= (uint)mentions.Count)
                {
                    throw new ArgumentException($"Entity {i} ('{entity.CanonicalName}') refers to mention {m} of {mentions.Count}.", nameof(resolvedEntities));
                }
            }

            var strong = new List<string>(entity.Keys.Count);
            var weak = new List<string>();
            var attributes = new List<string>();
            foreach (string key in entity.Keys)
            {
                if (string.IsNullOrEmpty(key)) continue;
                string kind = MatchingKey.KindOf(key);
                (weakKinds.Contains(kind) ? weak : AttributeKinds.Contains(kind) ? attributes : strong).Add(key);
            }

            prepared[i] = new LinkCandidate(entity, SortedDistinct(strong), SortedDistinct(weak), SortedDistinct(attributes));
        }

        return prepared;
    }

    /// <summary>The keys in ordinal order without repeats.</summary>
    private static string[] SortedDistinct(List<string> keys)
    {
        if (keys.Count == 0) return [];
        keys.Sort(StringComparer.Ordinal);
        int distinct = 1;
        for (int i = 1; i < keys.Count; i++)
        {
            if (!string.Equals(keys[i], keys[distinct - 1], StringComparison.Ordinal)) keys[distinct++] = keys[i];
        }

        return [.. keys.GetRange(0, distinct)];
    }
}
