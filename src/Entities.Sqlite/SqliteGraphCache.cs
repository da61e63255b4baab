using Entities.Graph;
using Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// What linking reads of the graph file, kept in memory between documents: the keys (who owns a strong key, each node's
/// keys), each node's aliases with counts and its canonical name. Every change is written to the file
/// in the document's transaction at the same time; the store reloads the cache when another connection changed the file or
/// a merge failed. Memory grows with the number of entities, not with mentions or edges, which stay on disk.
/// </summary>
internal sealed class SqliteGraphCache : ILinkIndex<long>
{
    private readonly SqliteStatements statements;
    private readonly Dictionary<(EntityLabel, string), long> strongOwner = [];
    private readonly Dictionary<long, HashSet<string>> nodeKeys = [];
    private readonly Dictionary<long, Dictionary<string, int>> aliases = [];
    private readonly Dictionary<long, string> names = [];

    private SqliteGraphCache(SqliteStatements statements) => this.statements = statements;

    /// <summary>The transaction the writes of the current document go to.</summary>
    public SqliteTransaction? Transaction { get; set; }

    /// <summary>Reads the keys, aliases and names of the whole file.</summary>
    public static SqliteGraphCache Load(SqliteStatements statements, SqliteTransaction transaction)
    {
        var cache = new SqliteGraphCache(statements);
        foreach (var (node, label, key, strong) in Rows(statements, transaction, "SELECT node_id, label, key, strong FROM node_keys", r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3) != 0)))
        {
            EntityLabels.TryParse(label, out var parsed);
            cache.KeysOf(node).Add(key);
            if (strong) cache.strongOwner[(parsed, key)] = node;
        }

        foreach (var (node, alias, count) in Rows(statements, transaction, "SELECT node_id, alias, count FROM aliases", r => (r.GetInt64(0), r.GetString(1), r.GetInt32(2))))
            cache.AliasesOf(node)[alias] = count;
        foreach (var (node, name) in Rows(statements, transaction, "SELECT id, canonical_name FROM nodes", r => (r.GetInt64(0), r.GetString(1))))
            cache.names[node] = name;
        return cache;
    }

    public bool TryGetStrongOwner(EntityLabel label, string key, out long node) => strongOwner.TryGetValue((label, key), out node);

    public bool HasKey(long node, string key) => nodeKeys.TryGetValue(node, out var keys) && keys.Contains(key);

    public bool IsOlder(long a, long b) => a < b;

    public long CreateNode(EntityLabel label, string canonicalName)
    {
        long node = (long)statements.Scalar("INSERT INTO nodes (label, canonical_name, document_count) VALUES ($label, $name, 0) RETURNING id", Transaction,
            ("$label", label.ToCode()), ("$name", canonicalName))!;
        names[node] = canonicalName;
        return node;
    }

    public void AddStrongKey(long node, EntityLabel label, string key)
    {
        bool owns = strongOwner.TryAdd((label, key), node);
        if (KeysOf(node).Add(key)) InsertKey(node, label, key, strong: owns);
    }

    public void AddKey(long node, EntityLabel label, string key)
    {
        if (KeysOf(node).Add(key)) InsertKey(node, label, key, strong: false);
    }

    /// <summary>Adds <paramref name="count"/> mentions of <paramref name="alias"/> to a node in memory (the caller writes the row to the file).</summary>
    public void AddAlias(long node, string alias, int count)
    {
        var nodeAliases = AliasesOf(node);
        nodeAliases[alias] = nodeAliases.GetValueOrDefault(alias) + count;
    }

    /// <summary>Chooses the node's canonical name again from its aliases (<see cref="CanonicalNameSelector"/>), writing it when it changed.</summary>
    public void Rename(long node)
    {
        string current = names[node];
        string chosen = CanonicalNameSelector.Select(AliasesOf(node), current);
        if (string.Equals(chosen, current, StringComparison.Ordinal)) return;
        names[node] = chosen;
        statements.Execute("UPDATE nodes SET canonical_name = $name WHERE id = $n", Transaction, ("$n", node), ("$name", chosen));
    }

    /// <summary>A node's id, canonical name and aliases (most frequent first, then ordinal).</summary>
    public EntityLink Link(long node) =>
        new(SqliteGraphReader.NodeId(node), names[node],
            [.. AliasesOf(node).OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key)]);

    private void InsertKey(long node, EntityLabel label, string key, bool strong) =>
        statements.Execute("INSERT OR IGNORE INTO node_keys (node_id, label, key, strong) VALUES ($node, $label, $key, $strong)", Transaction,
            ("$node", node), ("$label", label.ToCode()), ("$key", key), ("$strong", strong ? 1 : 0));

    private HashSet<string> KeysOf(long node)
    {
        if (!nodeKeys.TryGetValue(node, out var keys)) nodeKeys[node] = keys = new HashSet<string>(StringComparer.Ordinal);
        return keys;
    }

    private Dictionary<string, int> AliasesOf(long node)
    {
        if (!aliases.TryGetValue(node, out var nodeAliases)) aliases[node] = nodeAliases = new Dictionary<string, int>(StringComparer.Ordinal);
        return nodeAliases;
    }

    private static List<T> Rows<T>(SqliteStatements statements, SqliteTransaction transaction, string sql, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        using var reader = statements.Get(sql, transaction).ExecuteReader();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
