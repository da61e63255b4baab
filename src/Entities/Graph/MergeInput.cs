using Entities.Resolution;

namespace Entities.Graph;

/// <summary>A resolved entity with its keys split into strong and weak, each sorted ordinally without repeats.</summary>
internal sealed record PreparedEntity(ResolvedEntity Source, string[] StrongKeys, string[] WeakKeys);

/// <summary>The validation and key splitting shared by every <see cref="IEntityGraphStore"/> before it links a document.</summary>
internal static class MergeInput
{
    /// <summary>Validates a document's merge arguments and splits each entity's keys by <paramref name="weakKinds"/> (ordinal order, no repeats).</summary>
    public static PreparedEntity[] Prepare(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlySet<string> weakKinds)
    {
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

        var prepared = new PreparedEntity[resolvedEntities.Count];
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
            foreach (string key in entity.Keys)
            {
                if (string.IsNullOrEmpty(key)) continue;
                (weakKinds.Contains(MatchingKey.KindOf(key)) ? weak : strong).Add(key);
            }

            prepared[i] = new PreparedEntity(entity, SortedDistinct(strong), SortedDistinct(weak));
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
