using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// The keys of a graph file as <see cref="EntityLinker"/> reads and writes them while one document is linked, inside the
/// document's write transaction: the rows of the document's keys and every key of the nodes that own them are read first;
/// new nodes and keys are written at once (one writer: the transaction holds the file).
/// </summary>
internal sealed class SqliteLinkIndex : ILinkIndex<long>
{
    private readonly SqliteStatements statements;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<(EntityLabel, string), long> strongOwner = [];
    private readonly Dictionary<(EntityLabel, string), List<long>> weakNodes = [];
    private readonly Dictionary<long, HashSet<string>> nodeKeys = [];

    public SqliteLinkIndex(SqliteStatements statements, SqliteTransaction transaction, IEnumerable<LinkCandidate> candidates)
    {
        this.statements = statements;
        this.transaction = transaction;
        var found = new HashSet<long>();
        var byKey = statements.Get("SELECT node_id, strong FROM node_keys WHERE label = $label AND key = $key", transaction);
        var label = byKey.Parameters.Add("$label", SqliteType.Text);
        var key = byKey.Parameters.Add("$key", SqliteType.Text);
        foreach (var candidate in candidates)
        {
            foreach (string k in candidate.StrongKeys.Concat(candidate.WeakKeys))
            {
                label.Value = candidate.Source.Label.ToCode();
                key.Value = k;
                using var reader = byKey.ExecuteReader();
                while (reader.Read())
                {
                    long node = reader.GetInt64(0);
                    if (reader.GetInt64(1) != 0) strongOwner[(candidate.Source.Label, k)] = node;
                    else if (!WeakList(candidate.Source.Label, k).Contains(node)) WeakList(candidate.Source.Label, k).Add(node);
                    found.Add(node);
                }
            }
        }

        var keysOf = statements.Get("SELECT key FROM node_keys WHERE node_id = $node", transaction);
        var nodeParameter = keysOf.Parameters.Add("$node", SqliteType.Integer);
        foreach (long node in found)
        {
            nodeParameter.Value = node;
            using var reader = keysOf.ExecuteReader();
            var keys = KeysOf(node);
            while (reader.Read()) keys.Add(reader.GetString(0));
        }
    }

    public bool TryGetStrongOwner(EntityLabel label, string key, out long node) => strongOwner.TryGetValue((label, key), out node);

    public IReadOnlyList<long> WeakNodes(EntityLabel label, string key) => weakNodes.TryGetValue((label, key), out var nodes) ? nodes : [];

    IEnumerable<string> ILinkIndex<long>.KeysOf(long node) => KeysOf(node);

    public bool HasKey(long node, string key) => nodeKeys.TryGetValue(node, out var keys) && keys.Contains(key);

    public bool IsOlder(long a, long b) => a < b;

    public long CreateNode(EntityLabel label, string canonicalName)
    {
        return (long)statements.Scalar("INSERT INTO nodes (label, canonical_name, document_count) VALUES ($label, $name, 0) RETURNING id", transaction,
            ("$label", label.ToCode()), ("$name", canonicalName))!;
    }

    public void AddStrongKey(long node, EntityLabel label, string key)
    {
        if (!strongOwner.TryAdd((label, key), node) || !KeysOf(node).Add(key)) return;
        InsertKey(node, label, key, strong: true);
    }

    public void AddWeakKey(long node, EntityLabel label, string key)
    {
        if (!KeysOf(node).Add(key)) return;
        WeakList(label, key).Add(node);
        InsertKey(node, label, key, strong: false);
    }

    private void InsertKey(long node, EntityLabel label, string key, bool strong)
    {
        statements.Execute("INSERT OR IGNORE INTO node_keys (node_id, label, key, strong) VALUES ($node, $label, $key, $strong)", transaction,
            ("$node", node), ("$label", label.ToCode()), ("$key", key), ("$strong", strong ? 1 : 0));
    }

    private HashSet<string> KeysOf(long node)
    {
        if (!nodeKeys.TryGetValue(node, out var keys)) nodeKeys[node] = keys = new HashSet<string>(StringComparer.Ordinal);
        return keys;
    }

    private List<long> WeakList(EntityLabel label, string key)
    {
        if (!weakNodes.TryGetValue((label, key), out var nodes)) weakNodes[(label, key)] = nodes = [];
        return nodes;
    }
}
