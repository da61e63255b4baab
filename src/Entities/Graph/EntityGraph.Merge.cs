using Entities.Knowledge;
using Entities.Linking;
using Entities.Resolution;

namespace Entities.Graph;

public sealed partial class EntityGraph
{
    /// <summary>
    /// Merges one document's resolved entities into the graph, atomically: concurrent readers see the graph either before or
    /// after the whole document. Safe to call from several threads.
    /// </summary>
    /// <param name="documentId">A unique id for the document (used in <see cref="MentionLocation.DocumentId"/>).</param>
    /// <param name="mentions">The document's mentions; <see cref="ResolvedEntity.MentionIndices"/> index into this list.</param>
    /// <param name="sentenceIndexOfMention">For each mention, the index of the sentence it is in (same length as <paramref name="mentions"/>).</param>
    /// <param name="resolvedEntities">The document's entities as grouped by the alias resolver.</param>
    /// <returns>For each resolved entity, in order, the id of the node it was linked to.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document id is empty or already merged, the lengths differ, or a mention index is out of range.</exception>
    public IReadOnlyList<string> Merge(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities) =>
        MergeCore(documentId, mentions, sentenceIndexOfMention, resolvedEntities, [], describe: false).Select(l => l.NodeId).ToArray().AsReadOnly();

    /// <summary>
    /// Merges one document like <see cref="Merge"/> and returns, for each resolved entity, its node's id, canonical name and
    /// aliases as they stood right after this merge (consistent with the merge, without copying the node's mentions).
    /// </summary>
    /// <inheritdoc cref="Merge" path="/param"/>
    /// <inheritdoc cref="Merge" path="/exception"/>
    public IReadOnlyList<EntityLink> MergeLinked(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities) =>
        MergeCore(documentId, mentions, sentenceIndexOfMention, resolvedEntities, [], describe: true);

    /// <summary>Merges one document like <see cref="MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity})"/> and records its roles as role edges (when the graph records occurrences).</summary>
    /// <inheritdoc cref="IEntityGraphStore.MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, IReadOnlyList{GraphRole})" path="/param"/>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">As <see cref="Merge"/>, or a role names an entity out of range.</exception>
    public IReadOnlyList<EntityLink> MergeLinked(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlyList<GraphRole> roles) =>
        MergeCore(documentId, mentions, sentenceIndexOfMention, resolvedEntities, roles, describe: true);

    /// <summary>
    /// Merges one document like <see cref="MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, IReadOnlyList{GraphRole})"/>,
    /// returning links without the nodes' aliases: what <see cref="EntityExtractor"/> reads (the node ids; a document's output
    /// speaks of its own forms), so that sorting every node's aliases stays out of the graph's lock.
    /// </summary>
    internal EntityLink[] MergeLinkedUndescribed(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlyList<GraphRole> roles) =>
        MergeCore(documentId, mentions, sentenceIndexOfMention, resolvedEntities, roles, describe: false);

    private EntityLink[] MergeCore(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlyList<GraphRole> roles,
        bool describe)
    {
        var prepared = LinkCandidates.Prepare(documentId, mentions, sentenceIndexOfMention, resolvedEntities, _weakKinds, roles);
        lock (_gate)
        {
            if (!_documentSet.Add(documentId))
            {
                throw new ArgumentException($"Document '{documentId}' was already merged into the graph.", nameof(documentId));
            }

            int document = _documents.Count;
            _documents.Add(documentId);
            var linked = new NodeState[prepared.Length];
            for (int i = 0; i < prepared.Length; i++)
            {
                var entity = prepared[i];
                var node = EntityLinker.Link(entity, _linkIndex);
                Apply(node, entity, document, mentions);
                linked[i] = node;
            }

            if (_options.RecordOccurrences)
            {
                AddEdges(linked, prepared, sentenceIndexOfMention);
                foreach (var role in roles) _roles.Add(linked[role.PersonEntity].Number, role.TargetEntity is { } t ? linked[t].Number : 0, role.Place, role.Role, document);
            }

            _snapshot = null;
            _view = null;
            return Array.ConvertAll(linked, n => describe
                ? new EntityLink(n.Id, n.CanonicalName, n.AliasesByFrequency())
                : new EntityLink(n.Id, n.CanonicalName, []));
        }
    }

    /// <summary>The graph's key dictionaries as <see cref="EntityLinker"/> reads and writes them (used under <c>_gate</c>).</summary>
    private sealed class LinkIndex(EntityGraph graph) : ILinkIndex<NodeState>
    {
        public bool TryGetStrongOwner(EntityLabel label, string key, out NodeState node) => graph._strongKeys.TryGetValue((label, key), out node!);

        public bool HasKey(NodeState node, string key) => node.Keys.Contains(key);

        public bool IsOlder(NodeState a, NodeState b) => a.Number < b.Number;

        public NodeState CreateNode(EntityLabel label, string canonicalName)
        {
            var node = new NodeState(graph._nextNumber++, label, canonicalName);
            graph._nodes.Add(node);
            graph._byNumber.Add(node.Number, node);
            return node;
        }

        public void AddStrongKey(NodeState node, EntityLabel label, string key)
        {
            graph._strongKeys.TryAdd((label, key), node);
            node.AddKey(key);
        }

        public void AddKey(NodeState node, EntityLabel label, string key) => node.AddKey(key);
    }

    private void Apply(NodeState node, LinkCandidate entity, int document, IReadOnlyList<EntityMention> mentions)
    {
        var source = entity.Source;
        if (source.Aliases.Count == 0)
        {
            node.AddAlias(source.CanonicalName, Math.Max(1, source.MentionIndices.Count));
        }

        foreach (var alias in source.Aliases)
        {
            if (!string.IsNullOrEmpty(alias.Alias)) node.AddAlias(alias.Alias, alias.Count);
        }

        if (_options.RecordOccurrences)
        {
            foreach (int m in source.MentionIndices)
            {
                node.AddMention(document, mentions[m].Start, mentions[m].End);
            }
        }

        node.TouchDocument(document);
        node.RecomputeCanonicalName();
    }

    /// <summary>The document's co-occurrence edges (<see cref="DocumentEdges"/>: the same rule and limits as every store).</summary>
    private void AddEdges(NodeState[] linked, LinkCandidate[] prepared, IReadOnlyList<int> sentenceIndexOfMention)
    {
        var entities = new ResolvedEntity[prepared.Length];
        for (int i = 0; i < prepared.Length; i++) entities[i] = prepared[i].Source;
        foreach (var edge in DocumentEdges.Compute(linked, entities, sentenceIndexOfMention, NodeOrder.Instance, _options, _edgeScratch))
        {
            ref var counts = ref CountsOf(edge.First, edge.Second);
            counts.Documents++;
            counts.Sentences += edge.Sentences;
        }
    }

    /// <summary>Nodes in creation order.</summary>
    private sealed class NodeOrder : IComparer<NodeState>
    {
        public static NodeOrder Instance { get; } = new();

        public int Compare(NodeState? x, NodeState? y) => x!.Number.CompareTo(y!.Number);
    }

    /// <summary>The counts of the edge between two nodes (keyed older first, whatever the order given), added at zero when new.</summary>
    private ref EdgeCounts CountsOf(NodeState a, NodeState b) =>
        ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
            _edges, a.Number < b.Number ? (a.Number, b.Number) : (b.Number, a.Number), out _);

    /// <summary>The mutable counters of one edge; only touched under the graph's lock.</summary>
    private struct EdgeCounts
    {
        public int Sentences;
        public int Documents;
    }
}
