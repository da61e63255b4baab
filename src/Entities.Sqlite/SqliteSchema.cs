using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>The tables of a graph file, created when missing; the file records its schema version.</summary>
internal static class SqliteSchema
{
    /// <summary>The schema version this library writes and reads (2: the <c>roles</c> table; 3: the <c>queue</c> table; an older file gains them when opened).</summary>
    public const int Version = 3;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS nodes (id INTEGER PRIMARY KEY, label TEXT NOT NULL, canonical_name TEXT NOT NULL, document_count INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS node_keys (node_id INTEGER NOT NULL, label TEXT NOT NULL, key TEXT NOT NULL, strong INTEGER NOT NULL, PRIMARY KEY (label, key, node_id));
        CREATE INDEX IF NOT EXISTS node_keys_node ON node_keys (node_id);
        CREATE TABLE IF NOT EXISTS aliases (node_id INTEGER NOT NULL, alias TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (node_id, alias));
        CREATE TABLE IF NOT EXISTS mentions (document_id INTEGER NOT NULL, node_id INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS mentions_node ON mentions (node_id);
        CREATE TABLE IF NOT EXISTS edges (source INTEGER NOT NULL, target INTEGER NOT NULL, sentence_count INTEGER NOT NULL, document_count INTEGER NOT NULL, PRIMARY KEY (source, target));
        CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, node_ids TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS roles (document_id INTEGER NOT NULL, person INTEGER NOT NULL, target INTEGER, place TEXT, role TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS queue (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT 'pending', worker TEXT,
            attempts INTEGER NOT NULL DEFAULT 0, lease_until INTEGER, claimed_at INTEGER, finished_at INTEGER, error TEXT, added_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS queue_open ON queue (state, id);
        """;

    /// <summary>Opens the file (created when missing) in write-ahead-log mode and makes sure the tables exist.</summary>
    /// <exception cref="InvalidDataException">The file is not a graph file of a version this library reads.</exception>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = OFF;");
            long version = (long)(Scalar(connection, "PRAGMA user_version") ?? 0L);
            if (version > Version) throw new InvalidDataException($"'{path}' is a graph file of schema version {version}; this library reads version {Version} and older.");
            using var transaction = connection.BeginTransaction();
            Execute(connection, Tables, transaction);
            Execute(connection, $"PRAGMA user_version = {Version}", transaction);
            transaction.Commit();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"'{path}' cannot be used as a graph file ({e.Message}).", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }
}
