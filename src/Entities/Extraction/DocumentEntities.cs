using Entities.Graph;
using Entities.Resolution;

namespace Entities;

/// <summary>Builds the result of one document: entity ids set on the mentions, and one <see cref="DocumentEntity"/> per resolved entity.</summary>
internal static class DocumentEntities
{
    /// <summary>Ids <c>e1</c> to <c>e256</c>, built once (most documents have fewer entities).</summary>
    private static readonly string[] SmallIds = [.. Enumerable.Range(1, 256).Select(i => "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>
    /// The result of a document that is not merged into a shared graph: what <see cref="Build"/> gives over
    /// <see cref="PrivateLinks"/>, without building the links.
    /// </summary>
    public static ExtractionResult BuildPrivate(IReadOnlyList<EntityMention> mentions, IReadOnlyList<ResolvedEntity> resolved, int tokenCount = 0) =>
        BuildDistinct(mentions.ToArray(), resolved, new PrivateLinkSource(resolved), tokenCount);

    /// <summary>
    /// The result of a document not merged into a shared graph from its entities as the resolver built them directly
    /// (<c>AliasResolver.ResolveToResult</c>): ids <see cref="PrivateId"/>, indices ascending in <see cref="AscendingIndices"/>, canonical name first
    /// among the aliases; what <see cref="BuildPrivate"/> gives over the same entities.
    /// </summary>
    public static ExtractionResult FromPrivateEntities(IReadOnlyList<EntityMention> mentions, DocumentEntity[] entities, int tokenCount)
    {
        var withIds = mentions.ToArray();
        bool ordered = true;
        int previousFirst = int.MinValue;
        foreach (var entity in entities)
        {
            var span = ((AscendingIndices)entity.MentionIndices).Span;
            foreach (int m in span) withIds[m] = withIds[m] with { EntityId = entity.Id, Label = entity.Label };
            int first = span.Length == 0 ? int.MaxValue : span[0];
            ordered &= first >= previousFirst;
            previousFirst = first;
        }

        if (!ordered) entities = InOrderOfFirstMention(entities);
        return ExtractionResult.Wrap(withIds, entities, tokenCount);
    }

    /// <summary>The id of the <paramref name="index"/>-th entity of a document not merged into a graph: <c>e1</c>, <c>e2</c>, …</summary>
    internal static string PrivateId(int index) =>
        index < SmallIds.Length ? SmallIds[index] : "e" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The forms the document writes (<see cref="AliasCount.Count"/> above 0), in the resolver's order: not a table's canonical
    /// name the document never writes (<c>Unesco</c> alone is not listed as <c>Organisation des Nations unies pour
    /// l'éducation…</c>; the graph keeps that name).
    /// </summary>
    private static string[] AliasesOf(ResolvedEntity entity)
    {
        int written = 0;
        foreach (var alias in entity.Aliases) if (alias.Count > 0) written++;
        var aliases = new string[written];
        int a = 0;
        foreach (var alias in entity.Aliases) if (alias.Count > 0) aliases[a++] = alias.Alias;
        return aliases;
    }


    /// <summary>What <see cref="BuildDistinct{TLinks}"/> reads of the links: the id, canonical name and aliases of the <c>i</c>-th resolved entity.</summary>
    private interface ILinkSource
    {
        string NodeId(int i);

        string CanonicalName(int i);

        IReadOnlyList<string> Aliases(int i);
    }

    /// <summary>The links of a document not merged into a graph, made as they are read (ids <c>e1</c>, <c>e2</c>, …).</summary>
    private readonly struct PrivateLinkSource(IReadOnlyList<ResolvedEntity> resolved) : ILinkSource
    {
        public string NodeId(int i) => PrivateId(i);

        public string CanonicalName(int i) => resolved[i].DocumentName;

        public IReadOnlyList<string> Aliases(int i) => AliasesOf(resolved[i]);
    }

    /// <summary>
    /// Links given by a graph store: the node's id, but the document's own name and forms (the resolver's), so that a document's
    /// output lists only forms it contains; the node's canonical name and aliases stay in the graph.
    /// </summary>
    private readonly struct StoreLinkSource(IReadOnlyList<EntityLink> links, IReadOnlyList<ResolvedEntity> resolved) : ILinkSource
    {
        public string NodeId(int i) => links[i].NodeId;

        public string CanonicalName(int i) => resolved[i].DocumentName;

        public IReadOnlyList<string> Aliases(int i) => AliasesOf(resolved[i]);
    }

    /// <summary>Links for a document that is not merged into a shared graph: ids <c>e1</c>, <c>e2</c>, … in order of first mention.</summary>
    public static EntityLink[] PrivateLinks(IReadOnlyList<ResolvedEntity> resolved)
    {
        var links = new EntityLink[resolved.Count];
        for (int i = 0; i < links.Length; i++)
        {
            var entity = resolved[i];
            links[i] = new EntityLink(PrivateId(i), entity.CanonicalName, AliasesOf(entity));
        }

        return links;
    }

    /// <summary>
    /// Sets the entity ids on the mentions, and their entity's label (the resolver's decision over all the mentions of the
    /// document: <c>Rodolphe</c> tagged LOC once after <c>à</c> but PER three times is a person everywhere), and builds one <see cref="DocumentEntity"/> per distinct id. Two resolved entities the
    /// resolver kept apart may be linked to the same graph node (the graph knows more): they become one entity of the document,
    /// so that ids stay unique in <see cref="ExtractionResult.Entities"/>.
    /// </summary>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="resolved">The resolver's entities.</param>
    /// <param name="links">The link of each resolved entity.</param>
    /// <param name="tokenCount">The document's token count, kept in the result.</param>
    /// <param name="distinctIds">Whether the links' ids are known to be distinct (<see cref="PrivateLinks"/>): no entities to join.</param>
    public static ExtractionResult Build(IReadOnlyList<EntityMention> mentions, IReadOnlyList<ResolvedEntity> resolved, IReadOnlyList<EntityLink> links, int tokenCount = 0, bool distinctIds = false)
    {
        var withIds = mentions.ToArray();
        if (distinctIds)
        {
            return BuildDistinct(withIds, resolved, new StoreLinkSource(links, resolved), tokenCount);
        }

        var order = new List<string>(resolved.Count);
        var byId = new Dictionary<string, (EntityLabel Label, string Name, List<string> Aliases, List<int> Mentions)>(StringComparer.Ordinal);
        for (int i = 0; i < resolved.Count; i++)
        {
            var entity = resolved[i];
            var link = links[i];
            foreach (int m in entity.MentionIndices) withIds[m] = withIds[m] with { EntityId = link.NodeId, Label = entity.Label };
            if (byId.TryGetValue(link.NodeId, out var existing))
            {
                existing.Mentions.AddRange(entity.MentionIndices);
                foreach (string alias in AliasesOf(entity))
                {
                    if (!existing.Aliases.Contains(alias)) existing.Aliases.Add(alias);
                }
            }
            else
            {
                byId[link.NodeId] = (entity.Label, entity.DocumentName, [.. AliasesOf(entity)], [.. entity.MentionIndices]);
                order.Add(link.NodeId);
            }
        }

        var entities = order.Select(id =>
        {
            var (label, name, aliases, indices) = byId[id];
            indices.Sort();
            return new DocumentEntity(id, label, name, CanonicalFirst(name, aliases), indices.AsReadOnly());
        }).OrderBy(entity => entity.MentionIndices.Count == 0 ? int.MaxValue : entity.MentionIndices[0]).ToArray();
        return ExtractionResult.Wrap(withIds, entities, tokenCount);
    }

    /// <summary><see cref="Build"/> when every link has its own id: one entity per resolved entity, no dictionary, no sort when already in order.</summary>
    private static ExtractionResult BuildDistinct<TLinks>(EntityMention[] withIds, IReadOnlyList<ResolvedEntity> resolved, TLinks links, int tokenCount)
        where TLinks : struct, ILinkSource
    {
        var entities = new DocumentEntity[resolved.Count];
        bool ordered = true;
        int previousFirst = int.MinValue;
        for (int i = 0; i < entities.Length; i++)
        {
            var entity = resolved[i];
            string nodeId = links.NodeId(i);
            IReadOnlyList<int> sorted;
            int first;
            if (entity.MentionIndices is AscendingIndices owned)
            {
                // Made by the resolver of this library: ascending and never changed, so shared as it is.
                var span = owned.Span;
                foreach (int m in span) withIds[m] = withIds[m] with { EntityId = nodeId, Label = entity.Label };
                sorted = owned;
                first = span.Length == 0 ? int.MaxValue : span[0];
            }
            else
            {
                // Another resolver's list, which it may still change: copied, then sorted.
                var indices = new int[entity.MentionIndices.Count];
                for (int k = 0; k < indices.Length; k++)
                {
                    int m = entity.MentionIndices[k];
                    indices[k] = m;
                    withIds[m] = withIds[m] with { EntityId = nodeId, Label = entity.Label };
                }

                Array.Sort(indices);
                sorted = Array.AsReadOnly(indices);
                first = indices.Length == 0 ? int.MaxValue : indices[0];
            }

            string canonicalName = links.CanonicalName(i);
            entities[i] = new DocumentEntity(nodeId, entity.Label, canonicalName, CanonicalFirst(canonicalName, links.Aliases(i)), sorted);
            ordered &= first >= previousFirst;
            previousFirst = first;
        }

        if (!ordered) entities = InOrderOfFirstMention(entities);
        return ExtractionResult.Wrap(withIds, entities, tokenCount);
    }

    /// <summary>The entities in order of first mention (a stable sort, as the general path's OrderBy).</summary>
    private static DocumentEntity[] InOrderOfFirstMention(DocumentEntity[] entities) =>
        [.. entities.OrderBy(entity => entity.MentionIndices.Count == 0 ? int.MaxValue : entity.MentionIndices[0])];

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
