using Entities.Graph;
using Entities.Resolution;

namespace Entities.PostgreSql;

/// <summary>A resolved entity with its keys split into strong and weak, sorted ordinally (as <see cref="EntityGraph"/> does).</summary>
internal sealed record PreparedEntity(ResolvedEntity Source, string[] StrongKeys, string[] WeakKeys);

/// <summary>One document's validated input, ready to be linked.</summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(string id, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentences, PreparedEntity[] entities)
    {
        Id = id;
        Mentions = mentions;
        SentenceOfMention = sentences;
        Entities = entities;
    }

    public string Id { get; }

    public IReadOnlyList<EntityMention> Mentions { get; }

    public IReadOnlyList<int> SentenceOfMention { get; }

    public PreparedEntity[] Entities { get; }

    /// <summary>Every (label, key) pair of the document's entities, distinct.</summary>
    public IEnumerable<(EntityLabel Label, string Key)> AllKeys() =>
        Entities.SelectMany(e => e.StrongKeys.Concat(e.WeakKeys).Select(k => (e.Source.Label, k))).Distinct();

    /// <summary>Validates the arguments like <see cref="EntityGraph.Merge"/> and splits each entity's keys by <paramref name="weakKinds"/>.</summary>
    public static PreparedDocument Create(
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

            var strong = new SortedSet<string>(StringComparer.Ordinal);
            var weak = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string key in entity.Keys)
            {
                if (string.IsNullOrEmpty(key)) continue;
                (weakKinds.Contains(MatchingKey.KindOf(key)) ? weak : strong).Add(key);
            }

            prepared[i] = new PreparedEntity(entity, [.. strong], [.. weak]);
        }

        return new PreparedDocument(documentId, mentions, sentenceIndexOfMention, prepared);
    }
}
