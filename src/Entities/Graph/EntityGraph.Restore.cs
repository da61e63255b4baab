using Entities.Linking;
namespace Entities.Graph;

public sealed partial class EntityGraph
{
    /// <summary>
    /// Rebuilds a graph from a snapshot (as saved by <see cref="Persistence.EntityGraphJson"/>): nodes, edges, documents and the
    /// key tables, so that merging more documents continues exactly as if the graph had never been saved.
    /// </summary>
    /// <param name="snapshot">The saved graph.</param>
    /// <param name="options">Key weighting; <see cref="EntityGraphOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The snapshot is inconsistent (bad or duplicate ids, unknown documents or edge ends…).</exception>
    public static EntityGraph FromSnapshot(EntityGraphSnapshot snapshot, EntityGraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var graph = new EntityGraph(options);
        graph.Restore(snapshot);
        return graph;
    }

    private void Restore(EntityGraphSnapshot snapshot)
    {
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string id in snapshot.DocumentIds ?? throw new InvalidDataException("The document list is missing."))
        {
            if (string.IsNullOrEmpty(id) || !documentIndex.TryAdd(id, _documents.Count))
            {
                throw new InvalidDataException($"Document id '{id}' is empty or repeated.");
            }

            _documents.Add(id);
            _documentSet.Add(id);
        }

        long previous = 0;
        foreach (var node in snapshot.Nodes ?? throw new InvalidDataException("The node list is missing."))
        {
            if (node is null || !NodeState.TryParseId(node.Id ?? "", out long number) || number <= previous)
            {
                throw new InvalidDataException($"Node id '{node?.Id}' is not of the form e<number> in ascending order.");
            }

            previous = number;
            RestoreNode(node, number, documentIndex);
        }

        _nextNumber = Math.Max(_nextNumber, previous + 1);
        foreach (long merged in _mergedInto.Keys)
        {
            if (_byNumber.ContainsKey(merged)) throw new InvalidDataException($"Id 'e{merged}' is both a node and a merged id.");
        }

        foreach (var edge in snapshot.Edges ?? throw new InvalidDataException("The edge list is missing."))
        {
            RestoreEdge(edge);
        }

        foreach (var role in snapshot.Roles ?? [])
        {
            if (role is null || !NodeState.TryParseId(role.Person ?? "", out long person) || !_byNumber.ContainsKey(person)
                || string.IsNullOrWhiteSpace(role.Role) || role.Count < 1 || role.Documents is null)
            {
                throw new InvalidDataException($"Role edge '{role?.Person}' '{role?.Role}' refers to an unknown node or has bad counts.");
            }

            if (role.Target is not null && (!NodeState.TryParseId(role.Target, out long target) || !_byNumber.ContainsKey(target)))
            {
                throw new InvalidDataException($"Role edge '{role.Person}' '{role.Role}' names unknown node '{role.Target}'.");
            }

            foreach (string document in role.Documents)
            {
                if (document is null || !documentIndex.ContainsKey(document)) throw new InvalidDataException($"Role edge '{role.Person}' '{role.Role}' names unknown document '{document}'.");
            }

            _roles.Restore(role);
        }
    }

    private void RestoreNode(EntityNode node, long number, Dictionary<string, int> documentIndex)
    {
        if (!Enum.IsDefined(node.Label) || string.IsNullOrEmpty(node.CanonicalName) || node.Aliases is null || node.Keys is null
            || node.Mentions is null || node.DocumentCount < 0)
        {
            throw new InvalidDataException($"Node '{node.Id}' has a bad label, name, alias, key or mention list.");
        }

        var state = new NodeState(number, node.Label, node.CanonicalName);
        _nodes.Add(state);
        _byNumber.Add(number, state);
        foreach (var alias in node.Aliases)
        {
            if (string.IsNullOrEmpty(alias.Alias) || alias.Count < 0)
            {
                throw new InvalidDataException($"Node '{node.Id}' has an empty alias or a negative count.");
            }

            state.AddAlias(alias.Alias, alias.Count);
        }

        foreach (string key in node.Keys)
        {
            if (string.IsNullOrEmpty(key)) throw new InvalidDataException($"Node '{node.Id}' has an empty key.");
            string kind = MatchingKey.KindOf(key);
            if (LinkCandidates.IsStrongKind(kind, _weakKinds)) _linkIndex.AddStrongKey(state, state.Label, key);
            else _linkIndex.AddKey(state, state.Label, key);
        }

        foreach (string merged in node.MergedIds ?? [])
        {
            if (!NodeState.TryParseId(merged ?? "", out long mergedNumber) || !_mergedInto.TryAdd(mergedNumber, number) || _byNumber.ContainsKey(mergedNumber))
            {
                throw new InvalidDataException($"Node '{node.Id}' lists a bad or repeated merged id '{merged}'.");
            }

            state.AddMergedId(merged!);
            _nextNumber = Math.Max(_nextNumber, mergedNumber + 1);
        }

        foreach (var mention in node.Mentions)
        {
            if (mention.DocumentId is null || !documentIndex.TryGetValue(mention.DocumentId, out int document)
                || mention.Start < 0 || mention.End < mention.Start)
            {
                throw new InvalidDataException($"Node '{node.Id}' has a mention in unknown document '{mention.DocumentId}' or a bad span.");
            }

            state.AddMention(document, mention.Start, mention.End);
        }

        state.RestoreDocumentCount(node.DocumentCount);
    }

    private void RestoreEdge(EntityEdge edge)
    {
        if (edge is null
            || !NodeState.TryParseId(edge.Source ?? "", out long source) || !_byNumber.TryGetValue(source, out var first)
            || !NodeState.TryParseId(edge.Target ?? "", out long target) || !_byNumber.TryGetValue(target, out var second)
            || source >= target || edge.SentenceCount < 0 || edge.DocumentCount < 1 || _edges.ContainsKey((source, target)))
        {
            throw new InvalidDataException($"Edge '{edge?.Source}'–'{edge?.Target}' refers to unknown nodes, is repeated or has bad counts.");
        }

        ref var counts = ref CountsOf(first, second);
        counts.Sentences = edge.SentenceCount;
        counts.Documents = edge.DocumentCount;
    }
}
