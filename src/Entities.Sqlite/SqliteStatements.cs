using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// The prepared statements of one connection, by SQL text: each is prepared once and reused by every document (preparing a
/// statement costs more than running these small ones). Not thread-safe: used under the store's lock.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    /// <summary>The statement for <paramref name="sql"/>, with no parameters, in <paramref name="transaction"/>. The caller must not dispose it.</summary>
    public SqliteCommand Get(string sql, SqliteTransaction? transaction)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Runs a statement with parameters.</summary>
    public int Execute(string sql, SqliteTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        var command = Get(sql, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a statement with parameters and returns its first value.</summary>
    public object? Scalar(string sql, SqliteTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        var command = Get(sql, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var command in commands.Values) command.Dispose();
        commands.Clear();
    }
}
