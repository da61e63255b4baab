using Entities.Knowledge;
using System.Globalization;
using Entities.Graph;
using Entities.Linking;
using Entities.Resolution;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>
/// A graph store written as a user would, on the public API: plain dictionaries under one lock, the library's linking policy
/// (<see cref="EntityLinker"/> over <see cref="ILinkIndex{TNode}"/>) and canonical-name rule (<see cref="CanonicalNameSelector"/>).
/// </summary>
public sealed class ToyGraphStore : IEntityGraphStore
{
    private readonly Lock gate = new();
    private readonly List<Node> nodes = [];
    private readonly List<string> documents = [];
    private readonly HashSet<string> documentSet = new(StringComparer.Ordinal);
    private readonly Index index;
    private readonly Dictionary<(int, int), (int Sentences, int Documents)> edges = [];
    private readonly List<RoleSaying> sayings = [];
    private long generated;

    public ToyGraphStore(EntityGraphOptions? options = null)
    {
        Options = options ?? EntityGraphOptions.Default;
        index = new Index(this);
    }

    public EntityGraphOptions Options { get; }

    public int NodeCount => Snapshot().Nodes.Count;

    public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities) =>
        MergeLinked(documentId, mentions, sentenceIndexOfMention, resolvedEntities, []);

    public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities, IReadOnlyList<GraphRole> roles)
    {
        var candidates = LinkCandidates.Prepare(documentId, mentions, sentenceIndexOfMention, resolvedEntities, Options.WeakKeyKinds, roles);
        lock (gate)
        {
            if (!documentSet.Add(documentId)) throw new ArgumentException($"Document '{documentId}' was already merged.", nameof(documentId));
            documents.Add(documentId);
            var linked = new int[candidates.Length];
            for (int i = 0; i < candidates.Length; i++)
            {
                int n = EntityLinker.Link(candidates[i], index);
                var node = nodes[n];
                var source = candidates[i].Source;
                if (source.Aliases.Count == 0) Add(node.Aliases, source.CanonicalName, Math.Max(1, source.MentionIndices.Count));
                foreach (var alias in source.Aliases)
                {
                    if (!string.IsNullOrEmpty(alias.Alias)) Add(node.Aliases, alias.Alias, alias.Count);
                }

                foreach (int m in source.MentionIndices)
                {
                    if (Options.RecordOccurrences) node.Mentions.Add(new MentionLocation(documentId, mentions[m].Start, mentions[m].End));
                }

                node.Documents.Add(documentId);
                node.CanonicalName = CanonicalNameSelector.Select(node.Aliases, node.CanonicalName);
                linked[i] = n;
            }

            if (Options.RecordOccurrences)
            {
                foreach (var edge in DocumentEdges.Compute(linked, resolvedEntities, sentenceIndexOfMention, Comparer<int>.Default, Options))
                {
                    var (sentences, documentCount) = edges.GetValueOrDefault((edge.First, edge.Second));
                    edges[(edge.First, edge.Second)] = (sentences + edge.Sentences, documentCount + 1);
                }

                foreach (var role in roles)
                {
                    sayings.Add(new RoleSaying(Id(linked[role.PersonEntity]), role.Role, role.TargetEntity is { } t ? Id(linked[t]) : null, role.Place, documentId));
                }
            }
            return [.. linked.Select(n => new EntityLink(Id(n), nodes[n].CanonicalName, [.. nodes[n].Aliases.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key)]))];
        }
    }

    public bool ContainsDocument(string documentId)
    {
        lock (gate) return documentSet.Contains(documentId);
    }

    public string NewDocumentId()
    {
        lock (gate)
        {
            string id;
            do id = "doc" + (++generated).ToString(CultureInfo.InvariantCulture);
            while (documentSet.Contains(id));
            return id;
        }
    }

    public EntityGraphSnapshot Snapshot()
    {
        lock (gate)
        {
            var nodeRecords = nodes.Select((node, n) => new EntityNode(
                Id(n),
                node.Label,
                node.CanonicalName,
                [.. node.Aliases.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => new AliasCount(a.Key, a.Value))],
                [.. node.Keys.Order(StringComparer.Ordinal)],
                [.. node.Mentions],
                node.Documents.Count)).ToArray();
            var edgeRecords = edges.OrderBy(e => e.Key).Select(e => new EntityEdge(Id(e.Key.Item1), Id(e.Key.Item2), e.Value.Sentences, e.Value.Documents)).ToArray();
            return GraphConsolidation.Consolidate(new EntityGraphSnapshot(nodeRecords, edgeRecords, [.. documents]) { Roles = RoleEdges.Aggregate(sayings) }, Options.WeakKeyKinds);
        }
    }

    private static string Id(int node) => "e" + (node + 1).ToString(CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, int> aliases, string alias, int count) => aliases[alias] = aliases.GetValueOrDefault(alias) + count;

    private sealed class Node(EntityLabel label, string canonicalName)
    {
        public EntityLabel Label { get; } = label;

        public string CanonicalName { get; set; } = canonicalName;

        public Dictionary<string, int> Aliases { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public List<MentionLocation> Mentions { get; } = [];

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The store's keys as the linker reads them; node references are list indices.</summary>
    private sealed class Index(ToyGraphStore store) : ILinkIndex<int>
    {
        private readonly Dictionary<(EntityLabel, string), int> strong = [];

        public bool TryGetStrongOwner(EntityLabel label, string key, out int node) => strong.TryGetValue((label, key), out node);

        public bool HasKey(int node, string key) => store.nodes[node].Keys.Contains(key);

        public bool IsOlder(int a, int b) => a < b;

        public int CreateNode(EntityLabel label, string canonicalName)
        {
            store.nodes.Add(new Node(label, canonicalName));
            return store.nodes.Count - 1;
        }

        public void AddStrongKey(int node, EntityLabel label, string key)
        {
            strong.TryAdd((label, key), node);
            store.nodes[node].Keys.Add(key);
        }

        public void AddKey(int node, EntityLabel label, string key) => store.nodes[node].Keys.Add(key);
    }
}
