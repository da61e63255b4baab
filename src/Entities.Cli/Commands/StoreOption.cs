using System.CommandLine;
using Entities.PostgreSql;
using Npgsql;

namespace Entities.Cli.Commands;

/// <summary>The <c>--store</c> option: a PostgreSQL connection string; the graph then lives in that database (package Entities.PostgreSql).</summary>
internal static class StoreOption
{
    /// <summary>Creates the option with a description of what <paramref name="purpose"/> does with the store.</summary>
    public static Option<string?> Create(string purpose) => new("--store")
    {
        Description = "A PostgreSQL connection string (\"Host=…;Database=…;Username=…;Password=…\"): " + purpose
            + " The tables are created on first use.",
    };

    /// <summary>Creates the <c>--store-schema</c> option: the PostgreSQL schema holding the graph's tables.</summary>
    public static Option<string> CreateSchema() => new("--store-schema")
    {
        Description = "With --store: the PostgreSQL schema holding the graph's tables (one graph per schema).",
        DefaultValueFactory = _ => PostgreSqlEntityGraphStoreOptions.DefaultSchema,
    };

    /// <summary>Connects and makes sure the schema exists; on failure writes one error line and returns <see langword="false"/>.</summary>
    public static bool TryOpen(string connectionString, string schema, TextWriter error, out PostgreSqlEntityGraphStore store)
    {
        store = null!;
        PostgreSqlEntityGraphStore? opened = null;
        try
        {
            opened = new PostgreSqlEntityGraphStore(connectionString, new PostgreSqlEntityGraphStoreOptions { Schema = schema });
            opened.EnsureSchemaAsync().GetAwaiter().GetResult();
            store = opened;
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            opened?.Dispose();
            error.WriteLine($"entities: --store: cannot use the PostgreSQL store: {ex.Message}");
            return false;
        }
    }
}
