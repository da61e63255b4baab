using Entities.Graph;
using Entities.Resolution;

namespace Entities;

/// <summary>Builds the result of one document: entity ids set on the mentions, and one <see cref="DocumentEntity"/> per resolved entity.</summary>
internal static class DocumentEntities
{
    /// <summary>Links for a document that is not merged into a shared graph: ids <c>e1</c>, <c>e2</c>, … in order of first mention.</summary>
    public static EntityLink[] PrivateLinks(IReadOnlyList<ResolvedEntity> resolved)
    {
        var links = new EntityLink[resolved.Count];
        for (int i = 0; i < links.Length; i++)
        {
            var entity = resolved[i];
            string id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            links[i] = new EntityLink(id, entity.CanonicalName, entity.Aliases.Select(a => a.Alias).ToArray());
        }

        return links;
    }

    /// <summary>
    /// Sets the entity ids on the mentions, and their entity's label (the resolver's decision over all the mentions of the
    /// document: <c>Rodolphe</c> tagged LOC once after <c>à</c> but PER three times is a person everywhere), and builds one <see cref="DocumentEntity"/> per distinct id. Two resolved entities the
    /// resolver kept apart may be linked to the same graph node (the graph knows more): they become one entity of the document,
    /// so that ids stay unique in <see cref="ExtractionResult.Entities"/>.
    /// </summary>
    public static ExtractionResult Build(IReadOnlyList<EntityMention> mentions, IReadOnlyList<ResolvedEntity> resolved, IReadOnlyList<EntityLink> links, int tokenCount = 0)
    {
        var withIds = mentions.ToArray();
        var order = new List<string>(resolved.Count);
        var byId = new Dictionary<string, (EntityLabel Label, EntityLink Link, List<int> Mentions)>(StringComparer.Ordinal);
        for (int i = 0; i < resolved.Count; i++)
        {
            var entity = resolved[i];
            var link = links[i];
            foreach (int m in entity.MentionIndices) withIds[m] = withIds[m] with { EntityId = link.NodeId, Label = entity.Label };
            if (byId.TryGetValue(link.NodeId, out var existing))
            {
                existing.Mentions.AddRange(entity.MentionIndices);
            }
            else
            {
                byId[link.NodeId] = (entity.Label, link, [.. entity.MentionIndices]);
                order.Add(link.NodeId);
            }
        }

        var entities = order.Select(id =>
        {
            var (label, link, indices) = byId[id];
            indices.Sort();
            return new DocumentEntity(id, label, link.CanonicalName, CanonicalFirst(link.CanonicalName, link.Aliases), indices.AsReadOnly());
        }).OrderBy(entity => entity.MentionIndices.Count == 0 ? int.MaxValue : entity.MentionIndices[0]).ToArray();
        return new ExtractionResult(withIds, entities) { TokenCount = tokenCount };
    }

    /// <summary>The aliases with the canonical name first (<see cref="DocumentEntity.Aliases"/>'s contract), the others in their order.</summary>
    private static IReadOnlyList<string> CanonicalFirst(string canonicalName, IReadOnlyList<string> aliases)
    {
        if (aliases.Count > 0 && string.Equals(aliases[0], canonicalName, StringComparison.Ordinal)) return aliases;
        var ordered = new List<string>(aliases.Count + 1) { canonicalName };
        foreach (string alias in aliases)
        {
            if (!string.Equals(alias, canonicalName, StringComparison.Ordinal)) ordered.Add(alias);
        }

        return ordered.AsReadOnly();
    }
}
