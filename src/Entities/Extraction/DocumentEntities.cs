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

    public static ExtractionResult Build(IReadOnlyList<EntityMention> mentions, IReadOnlyList<ResolvedEntity> resolved, IReadOnlyList<EntityLink> links)
    {
        var withIds = mentions.ToArray();
        var entities = new DocumentEntity[resolved.Count];
        for (int i = 0; i < resolved.Count; i++)
        {
            var entity = resolved[i];
            var link = links[i];
            foreach (int m in entity.MentionIndices) withIds[m] = withIds[m] with { EntityId = link.NodeId };
            entities[i] = new DocumentEntity(link.NodeId, entity.Label, link.CanonicalName, link.Aliases, entity.MentionIndices);
        }

        return new ExtractionResult(withIds, entities);
    }
}
