using Entities.Graph;

namespace Entities.PostgreSql;

/// <summary>A row of the keys table: a key a node has (strong keys: the node owns it for its label).</summary>
internal readonly record struct KeyRow(long Node, EntityLabel Label, string Key, bool Strong);

/// <summary>A node created by a merge, before it has a database id.</summary>
internal readonly record struct NewNode(EntityLabel Label, string InitialName);

/// <summary>
/// Applies <see cref="EntityGraph"/>'s linking policy to one document, in memory, over the key rows of every node that shares a
/// key with the document (read under the document's key locks, so they are complete and stable). Node references are database
/// ids for existing nodes and negative numbers (-1, -2, …) for the nodes this document creates; existing nodes count as older
/// than new ones, as in the in-memory graph.
/// </summary>
internal sealed class KeyLinker
{
    private readonly IReadOnlySet<string> _weakKinds;
    private readonly Dictionary<(EntityLabel, string), long> _strongOwner = [];
    private readonly Dictionary<(EntityLabel, string), List<long>> _weakNodes = [];
    private readonly Dictionary<long, HashSet<string>> _nodeKeys = [];

    public KeyLinker(IEnumerable<KeyRow> existing, IReadOnlySet<string> weakKinds)
    {
        _weakKinds = weakKinds;
        foreach (var row in existing)
        {
            KeysOf(row.Node).Add(row.Key);
            if (row.Strong) _strongOwner[(row.Label, row.Key)] = row.Node;
            else WeakList(row.Label, row.Key).Add(row.Node);
        }
    }

    /// <summary>Nodes created so far, in order: reference -1 is the first.</summary>
    public List<NewNode> NewNodes { get; } = [];

    /// <summary>Keys to insert, in order, with node references.</summary>
    public List<KeyRow> NewKeys { get; } = [];

    /// <summary>Links one entity and records the keys it brings; returns the node reference.</summary>
    public long Link(PreparedEntity entity)
    {
        var label = entity.Source.Label;
        long? chosen = null;
        foreach (string key in entity.StrongKeys)
        {
            if (_strongOwner.TryGetValue((label, key), out long owner) && (chosen is null || IsOlder(owner, chosen.Value))) chosen = owner;
        }

        chosen ??= LinkByWeakKeys(entity);
        if (chosen is null)
        {
            NewNodes.Add(new NewNode(label, entity.Source.CanonicalName));
            chosen = -NewNodes.Count;
        }

        long node = chosen.Value;
        foreach (string key in entity.StrongKeys)
        {
            if (_strongOwner.TryAdd((label, key), node) && KeysOf(node).Add(key)) NewKeys.Add(new KeyRow(node, label, key, Strong: true));
        }

        foreach (string key in entity.WeakKeys)
        {
            if (!KeysOf(node).Add(key)) continue;
            WeakList(label, key).Add(node);
            NewKeys.Add(new KeyRow(node, label, key, Strong: false));
        }

        return node;
    }

    /// <summary>True when <paramref name="a"/> was created before <paramref name="b"/>: existing nodes by id, then new nodes in order.</summary>
    public static bool IsOlder(long a, long b) => (a > 0, b > 0) switch
    {
        (true, true) => a < b,
        (true, false) => true,
        (false, true) => false,
        _ => a > b,
    };

    private long? LinkByWeakKeys(PreparedEntity entity)
    {
        long? candidate = null;
        foreach (string key in entity.WeakKeys)
        {
            if (!_weakNodes.TryGetValue((entity.Source.Label, key), out var nodes)) continue;
            foreach (long node in nodes)
            {
                if (candidate is not null && candidate != node) return null; // ambiguous: stay apart
                candidate = node;
            }
        }

        return candidate is { } found && !HasConflictingStrongKey(found, entity) ? found : null;
    }

    private bool HasConflictingStrongKey(long node, PreparedEntity entity)
    {
        if (entity.StrongKeys.Length == 0) return false;
        var kinds = entity.StrongKeys.Select(MatchingKey.KindOf).ToHashSet(StringComparer.Ordinal);
        return KeysOf(node).Any(k => kinds.Contains(MatchingKey.KindOf(k)) && !_weakKinds.Contains(MatchingKey.KindOf(k)));
    }

    private HashSet<string> KeysOf(long node)
    {
        if (!_nodeKeys.TryGetValue(node, out var keys)) _nodeKeys[node] = keys = new HashSet<string>(StringComparer.Ordinal);
        return keys;
    }

    private List<long> WeakList(EntityLabel label, string key)
    {
        if (!_weakNodes.TryGetValue((label, key), out var nodes)) _weakNodes[(label, key)] = nodes = [];
        return nodes;
    }
}
