using Entities.Knowledge;
using Entities.Resolution;
using System.Collections.Frozen;

namespace Entities.Graph;

/// <summary>
/// The entity graph shared across documents: each node is a real-world entity, each edge a co-occurrence.
/// Documents are merged one at a time (<see cref="Merge"/>), atomically and thread-safely; reads return immutable records.
/// </summary>
/// <remarks>
/// <para><b>Linking</b> has two halves, shared by every store. Online, <see cref="Linking.EntityLinker"/> puts each document
/// entity into a <em>linking node</em> on strong evidence only (a full name, an alias-table id, an acronym). When the graph is read (<see cref="Snapshot"/> and every query), <see cref="GraphConsolidation"/>
/// joins linking nodes that share a strong key or an alias-table id, and attaches short-form-only entities (a lone surname) to
/// the one compatible person they can belong to. Every decision is a function of the set of merged documents: the partition of
/// mentions into entities does not depend on the order documents arrive in, nor on threads.</para>
/// <para><b>Node ids</b> are <c>e</c> followed by a creation number that starts at 1 and grows by one for every new linking node,
/// in merge order. A consolidated node takes the lowest id of its linking nodes and lists the others in
/// <see cref="EntityNode.MergedIds"/>; <see cref="TryGetNode"/> finds it by any of them, so an id a document's result gave never
/// dangles. Merging the same documents in the same order always gives the same ids; a loaded graph continues numbering after its
/// highest id. "Lowest id" always means lowest creation number (<c>e2</c> before <c>e10</c>).</para>
/// <para><b>Canonical name</b>: among the node's aliases, well-formed first, then full forms (two words or more), then the most
/// mentioned, then the most words and characters, then ordinal order.</para>
/// <para><b>Edges</b> join two different nodes mentioned in the same document (<see cref="EntityEdge.DocumentCount"/>); their weight
/// <see cref="EntityEdge.SentenceCount"/> counts the sentences that mention both.</para>
/// <para><b>Saved graphs</b> (<see cref="Persistence.EntityGraphJson"/>) hold the consolidated nodes: a graph loaded from a file
/// keeps the consolidation it was saved with (a lone surname attached then stays attached). The SQLite and PostgreSQL stores keep
/// the linking nodes and stay exact across runs.</para>
/// </remarks>
public sealed partial class EntityGraph : IEntityGraphStore
{
    private readonly Lock _gate = new();
    private readonly EntityGraphOptions _options;
    private readonly FrozenSet<string> _weakKinds;
    private readonly List<NodeState> _nodes = [];
    private readonly Dictionary<long, NodeState> _byNumber = [];
    private readonly Dictionary<(EntityLabel Label, string Key), NodeState> _strongKeys = [];
    private readonly Dictionary<long, long> _mergedInto = [];
    private readonly RoleTable _roles = new();
    private readonly DocumentEdgeScratch<NodeState> _edgeScratch = new();   // used under _gate
    private readonly List<string> _documents = [];
    private readonly HashSet<string> _documentSet = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reservedDocumentIds = new(StringComparer.Ordinal);
    private long _generatedDocumentIds;
    private long _nextNumber = 1;
    /// <summary>Co-occurrence counts by the two nodes' creation numbers (older first): one table, no object per edge.</summary>
    private readonly Dictionary<(long First, long Second), EdgeCounts> _edges = [];
    private EntityGraphSnapshot? _snapshot;
    private GraphView? _view;
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

    /// <summary>Number of nodes (consolidated).</summary>
    public int NodeCount => Snapshot().Nodes.Count;

    /// <summary>Number of edges (between consolidated nodes).</summary>
    public int EdgeCount => Snapshot().Edges.Count;

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

    /// <summary>Returns a consistent immutable copy of the whole graph, consolidated (<see cref="GraphConsolidation"/>). Cached until the next merge.</summary>
    public EntityGraphSnapshot Snapshot()
    {
        lock (_gate)
        {
            return _snapshot ??= GraphConsolidation.Consolidate(BuildSnapshot(), _weakKinds);
        }
    }

    /// <summary>The linking nodes as <see cref="Linking.EntityLinker"/> left them, before consolidation (for tests and diagnostics).</summary>
    internal EntityGraphSnapshot LinkingSnapshot()
    {
        lock (_gate) return BuildSnapshot();
    }

    /// <summary>Finds a node by its id or by one of its <see cref="EntityNode.MergedIds"/>.</summary>
    /// <returns><see langword="true"/> when the graph has a node with id <paramref name="id"/>.</returns>
    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EntityNode? node)
    {
        ArgumentNullException.ThrowIfNull(id);
        return View().TryGetNode(id, out node);
    }

    /// <summary>Finds the nodes that have <paramref name="alias"/> among their aliases, compared folded (case, diacritics, hyphens, apostrophes, spaces).</summary>
    /// <returns>Matching nodes in creation order; empty when none.</returns>
    public IReadOnlyList<EntityNode> FindByAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return View().FindByAlias(TextFolding.Fold(alias));
    }

    /// <summary>Returns the neighbours of node <paramref name="id"/>, strongest first: by sentence count, then document count (both descending), then creation order.</summary>
    /// <returns>The neighbours; empty when the node is unknown or isolated.</returns>
    public IReadOnlyList<EntityNeighbor> Neighbors(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return View().Neighbors(id);
    }

    /// <summary>Returns the <paramref name="count"/> most mentioned nodes: by mention count, then document count (both descending), then creation order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<EntityNode> MostMentioned(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Snapshot().Nodes
            .Select((node, index) => (node, index))
            .OrderByDescending(n => n.node.MentionCount)
            .ThenByDescending(n => n.node.DocumentCount)
            .ThenBy(n => n.index)
            .Take(count)
            .Select(n => n.node)
            .ToArray()
            .AsReadOnly();
    }

    /// <summary>The lookups over the current snapshot, built once per snapshot.</summary>
    private GraphView View()
    {
        var snapshot = Snapshot();
        lock (_gate)
        {
            if (_view is null || !ReferenceEquals(_view.Snapshot, snapshot)) _view = new GraphView(snapshot);
            return _view;
        }
    }

    private EntityGraphSnapshot BuildSnapshot()
    {
        var nodes = new EntityNode[_nodes.Count];
        var position = new Dictionary<long, int>(_nodes.Count);
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = _nodes[i].ToRecord(_documents);
            position[_nodes[i].Number] = i;
        }

        // Edges in node order, then by the other end's number (as each node listed its newer neighbours): each edge's node
        // position looked up once, then a sort on plain numbers (a graph of millions of edges sorts in a second or two).
        var order = new (int Position, long Second, long First)[_edges.Count];
        int e = 0;
        foreach (var key in _edges.Keys) order[e++] = (position[key.First], key.Second, key.First);
        Array.Sort(order, static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Second.CompareTo(b.Second));
        var edges = new List<EntityEdge>(order.Length);
        foreach (var (_, second, first) in order)
        {
            var counts = _edges[(first, second)];
            edges.Add(new EntityEdge(_byNumber[first].Id, _byNumber[second].Id, counts.Sentences, counts.Documents));
        }

        return new EntityGraphSnapshot(nodes.AsReadOnly(), edges.AsReadOnly(), _documents.ToArray().AsReadOnly())
        {
            Roles = _roles.ToEdges(_documents),
        };
    }
}
