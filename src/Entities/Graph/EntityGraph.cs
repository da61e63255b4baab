using Entities.Knowledge;
using Entities.Resolution;
using System.Collections.Frozen;

namespace Entities.Graph;

/// <summary>
/// The entity graph shared across documents: each node is a real-world entity, each edge a co-occurrence.
/// Documents are merged one at a time (<see cref="Merge"/>), atomically and thread-safely; reads return immutable records.
/// </summary>
/// <remarks>
/// <para><b>Node ids</b> are <c>e</c> followed by a creation number that starts at 1 and grows by one for every new node, in
/// merge order (documents in the order they are merged, entities in the order the resolver lists them). Merging the same
/// documents in the same order always gives the same ids; a loaded graph continues numbering after its highest id.
/// "Lowest id" always means lowest creation number (<c>e2</c> before <c>e10</c>).</para>
/// <para><b>Linking policy</b> (precision first; a key's kind is the text before its first <c>:</c>):</para>
/// <list type="number">
/// <item><b>Strong keys</b> (every kind not in <see cref="EntityGraphOptions.WeakKeyKinds"/>): an entity joins the node that owns
/// one of its strong keys under the same label. When its strong keys point to several nodes, nodes are never merged: the entity
/// joins the lowest id, and the keys owned by the other nodes stay with them.</item>
/// <item><b>Weak keys</b> (<c>surname:</c> by default): only when no strong key matched, an entity joins a node whose weak keys
/// it shares when all its weak keys together match exactly one node of the same label, and that node has no strong key of a
/// kind the entity also has (e.g. a different <c>full:</c> name).</item>
/// <item>Otherwise the entity becomes a new node.</item>
/// </list>
/// <para>A strong key is owned by the first node that received it; a node's <see cref="EntityNode.Keys"/> lists the strong keys it
/// owns and all its weak keys, so reloading a saved graph rebuilds exactly the same key tables.</para>
/// <para><b>Canonical name</b>: among the node's aliases, well-formed first, then full forms (two words or more), then the most
/// mentioned, then the most words and characters, then ordinal order; recomputed after every merge.</para>
/// <para><b>Edges</b> join two different nodes mentioned in the same document (<see cref="EntityEdge.DocumentCount"/>); their weight
/// <see cref="EntityEdge.SentenceCount"/> counts the sentences that mention both.</para>
/// </remarks>
public sealed partial class EntityGraph : IEntityGraphStore
{
    private readonly Lock _gate = new();
    private readonly EntityGraphOptions _options;
    private readonly FrozenSet<string> _weakKinds;
    private readonly List<NodeState> _nodes = [];
    private readonly Dictionary<long, NodeState> _byNumber = [];
    private readonly Dictionary<(EntityLabel Label, string Key), NodeState> _strongKeys = [];
    private readonly Dictionary<(EntityLabel Label, string Key), List<NodeState>> _weakKeys = [];
    private readonly Dictionary<string, HashSet<NodeState>> _aliasIndex = new(StringComparer.Ordinal);
    private readonly List<string> _documents = [];
    private readonly HashSet<string> _documentSet = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reservedDocumentIds = new(StringComparer.Ordinal);
    private long _generatedDocumentIds;
    private long _nextNumber = 1;
    private int _edgeCount;
    private EntityGraphSnapshot? _snapshot;
    private readonly LinkIndex _linkIndex;

    /// <summary>Creates an empty graph.</summary>
    /// <param name="options">Key weighting; <see cref="EntityGraphOptions.Default"/> when <see langword="null"/>. The weak key kinds are copied.</param>
    public EntityGraph(EntityGraphOptions? options = null)
    {
        _options = options ?? EntityGraphOptions.Default;
        ArgumentNullException.ThrowIfNull(_options.WeakKeyKinds);
        _weakKinds = _options.WeakKeyKinds.ToFrozenSet(StringComparer.Ordinal); // a private copy: later edits to the options' set cannot race with merges
        _linkIndex = new LinkIndex(this);
    }

    /// <summary>The options the graph links with.</summary>
    public EntityGraphOptions Options => _options;

    /// <summary>Number of nodes.</summary>
    public int NodeCount
    {
        get { lock (_gate) return _nodes.Count; }
    }

    /// <summary>Number of edges.</summary>
    public int EdgeCount
    {
        get { lock (_gate) return _edgeCount; }
    }

    /// <summary>Number of merged documents.</summary>
    public int DocumentCount
    {
        get { lock (_gate) return _documents.Count; }
    }

    /// <summary>All nodes in creation order (a snapshot).</summary>
    public IReadOnlyList<EntityNode> Nodes => Snapshot().Nodes;

    /// <summary>All edges ordered by source then target creation number (a snapshot).</summary>
    public IReadOnlyList<EntityEdge> Edges => Snapshot().Edges;

    /// <summary>Returns <see langword="true"/> when a document with this id was merged.</summary>
    public bool ContainsDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        lock (_gate) return _documentSet.Contains(documentId);
    }

    /// <summary>
    /// Returns a new document id (<c>doc1</c>, <c>doc2</c>, …) that no merged document has and that no earlier call returned,
    /// for callers that have no ids of their own.
    /// </summary>
    public string NewDocumentId()
    {
        lock (_gate)
        {
            while (true)
            {
                string id = "doc" + (++_generatedDocumentIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!_documentSet.Contains(id) && _reservedDocumentIds.Add(id)) return id;
            }
        }
    }

    /// <summary>Returns a consistent immutable copy of the whole graph. Cached until the next merge.</summary>
    public EntityGraphSnapshot Snapshot()
    {
        lock (_gate)
        {
            return _snapshot ??= BuildSnapshot();
        }
    }

    /// <summary>Finds a node by id.</summary>
    /// <returns><see langword="true"/> when the graph has a node with id <paramref name="id"/>.</returns>
    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EntityNode? node)
    {
        ArgumentNullException.ThrowIfNull(id);
        node = null;
        if (!NodeState.TryParseId(id, out long number)) return false;
        lock (_gate)
        {
            if (!_byNumber.TryGetValue(number, out var state)) return false;
            node = state.ToRecord(_documents);
            return true;
        }
    }

    /// <summary>Finds the nodes that have <paramref name="alias"/> among their aliases, compared folded (case, diacritics, hyphens, apostrophes, spaces).</summary>
    /// <returns>Matching nodes in creation order; empty when none.</returns>
    public IReadOnlyList<EntityNode> FindByAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        string folded = TextFolding.Fold(alias);
        lock (_gate)
        {
            if (!_aliasIndex.TryGetValue(folded, out var nodes)) return [];
            return nodes.OrderBy(n => n.Number).Select(n => n.ToRecord(_documents)).ToArray().AsReadOnly();
        }
    }

    /// <summary>Returns the neighbours of node <paramref name="id"/>, strongest first: by sentence count, then document count (both descending), then creation order.</summary>
    /// <returns>The neighbours; empty when the node is unknown or isolated.</returns>
    public IReadOnlyList<EntityNeighbor> Neighbors(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!NodeState.TryParseId(id, out long number)) return [];
        lock (_gate)
        {
            if (!_byNumber.TryGetValue(number, out var state)) return [];
            return state.Edges
                .OrderByDescending(e => e.Value.SentenceCount)
                .ThenByDescending(e => e.Value.DocumentCount)
                .ThenBy(e => e.Key)
                .Select(e => new EntityNeighbor(_byNumber[e.Key].ToRecord(_documents), e.Value.ToRecord()))
                .ToArray()
                .AsReadOnly();
        }
    }

    /// <summary>Returns the <paramref name="count"/> most mentioned nodes: by mention count, then document count (both descending), then creation order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<EntityNode> MostMentioned(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            return _nodes
                .OrderByDescending(n => n.MentionCount)
                .ThenByDescending(n => n.DocumentCount)
                .ThenBy(n => n.Number)
                .Take(count)
                .Select(n => n.ToRecord(_documents))
                .ToArray()
                .AsReadOnly();
        }
    }

    private EntityGraphSnapshot BuildSnapshot()
    {
        var nodes = new EntityNode[_nodes.Count];
        var edges = new List<EntityEdge>(_edgeCount);
        for (int i = 0; i < nodes.Length; i++)
        {
            var node = _nodes[i];
            nodes[i] = node.ToRecord(_documents);
            foreach (var (otherNumber, edge) in node.Edges.Where(e => e.Key > node.Number).OrderBy(e => e.Key))
            {
                edges.Add(edge.ToRecord());
            }
        }

        return new EntityGraphSnapshot(nodes.AsReadOnly(), edges.AsReadOnly(), _documents.ToArray().AsReadOnly());
    }
}
