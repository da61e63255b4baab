using Entities.Graph;
using Entities.Linking;

namespace Entities.PostgreSql;

/// <summary>A row of the keys table: a key a node has; <c>Strong</c>: the node owns it for its label.</summary>
internal readonly record struct KeyRow(long Node, EntityLabel Label, string Key, bool Strong);

/// <summary>A node created by a merge, before it has a database id.</summary>
internal readonly record struct NewNode(EntityLabel Label, string InitialName);

/// <summary>
/// Applies <see cref="EntityGraph"/>'s linking policy to one document, in memory, over the key rows of every node that shares a
/// key with the document (read under the document's key locks, so they are complete and stable). Node references are database
/// ids for existing nodes and negative numbers (-1, -2, …) for the nodes this document creates; existing nodes count as older
/// than new ones, as in the in-memory graph.
/// </summary>
internal sealed class KeyLinker : ILinkIndex<long>
{
    private readonly Dictionary<(EntityLabel, string), long> _strongOwner = [];
    private readonly Dictionary<long, HashSet<string>> _nodeKeys = [];

    public KeyLinker(IEnumerable<KeyRow> existing)
    {
        foreach (var row in existing)
        {
            KeysOf(row.Node).Add(row.Key);
            if (row.Strong) _strongOwner[(row.Label, row.Key)] = row.Node;
        }
    }

    /// <summary>Nodes created so far, in order: reference -1 is the first.</summary>
    public List<NewNode> NewNodes { get; } = [];

    /// <summary>Keys to insert, in order, with node references.</summary>
    public List<KeyRow> NewKeys { get; } = [];

    /// <summary>Links one entity under the shared policy (<see cref="EntityLinker"/>) and records the keys it brings; returns the node reference.</summary>
    public long Link(LinkCandidate entity) => EntityLinker.Link(entity, this);

    /// <inheritdoc />
    public bool TryGetStrongOwner(EntityLabel label, string key, out long node) => _strongOwner.TryGetValue((label, key), out node);

    /// <inheritdoc />
    public bool HasKey(long node, string key) => _nodeKeys.TryGetValue(node, out var keys) && keys.Contains(key);

    /// <inheritdoc />
    bool ILinkIndex<long>.IsOlder(long a, long b) => IsOlder(a, b);

    /// <inheritdoc />
    public long CreateNode(EntityLabel label, string canonicalName)
    {
        NewNodes.Add(new NewNode(label, canonicalName));
        return -NewNodes.Count;
    }

    /// <inheritdoc />
    public void AddStrongKey(long node, EntityLabel label, string key)
    {
        bool owns = _strongOwner.TryAdd((label, key), node);
        if (KeysOf(node).Add(key)) NewKeys.Add(new KeyRow(node, label, key, Strong: owns));
    }

    /// <inheritdoc />
    public void AddKey(long node, EntityLabel label, string key)
    {
        if (KeysOf(node).Add(key)) NewKeys.Add(new KeyRow(node, label, key, Strong: false));
    }

    /// <summary>True when <paramref name="a"/> was created before <paramref name="b"/>: existing nodes by id, then new nodes in order.</summary>
    public static bool IsOlder(long a, long b) => (a > 0, b > 0) switch
    {
        (true, true) => a < b,
        (true, false) => true,
        (false, true) => false,
        _ => a > b,
    };

    private HashSet<string> KeysOf(long node)
    {
        if (!_nodeKeys.TryGetValue(node, out var keys)) _nodeKeys[node] = keys = new HashSet<string>(StringComparer.Ordinal);
        return keys;
    }
}
