using Entities.PostgreSql;
using Npgsql;

namespace Entities.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server the store tests run against: the connection string in ENTITIES_TEST_POSTGRES (set by .ci/postgres.sh),
/// checked once. Absent or unreachable: the tests skip with the reason.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "ENTITIES_TEST_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, string? SkipReason)> Probe = new(Check);

    public static string ConnectionString => Probe.Value.ConnectionString ?? throw new InvalidOperationException(Probe.Value.SkipReason);

    public static string? SkipReason => Probe.Value.SkipReason;

    /// <summary>A store over a new, empty schema of its own; dropped by <see cref="TestStore.DisposeAsync"/>.</summary>
    public static async Task<TestStore> CreateStoreAsync(string? schema = null)
    {
        schema ??= "t_" + Guid.NewGuid().ToString("N")[..16];
        var store = new PostgreSqlEntityGraphStore(ConnectionString, new PostgreSqlEntityGraphStoreOptions { Schema = schema });
        await store.EnsureSchemaAsync();
        return new TestStore(store);
    }

    private static (string?, string?) Check()
    {
        string? value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
            return (null, $"PostgreSQL tests skipped: {Variable} is not set (.ci/postgres.sh starts a server and sets it).");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value) { Timeout = 5 };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return (value, null);
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return (null, $"PostgreSQL tests skipped: cannot connect with {Variable} ({ex.Message}).");
        }
    }
}

/// <summary>A store over a throw-away schema.</summary>
internal sealed class TestStore(PostgreSqlEntityGraphStore store) : IAsyncDisposable
{
    public PostgreSqlEntityGraphStore Store { get; } = store;

    public async ValueTask DisposeAsync()
    {
        await Store.DropSchemaAsync();
        await Store.DisposeAsync();
    }
}

/// <summary>A fact that runs only when a PostgreSQL server is reachable (see <see cref="PostgresServer"/>).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason) Skip = reason;
    }
}
