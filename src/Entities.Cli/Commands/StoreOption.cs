using System.CommandLine;
using Entities.PostgreSql;
using Npgsql;

namespace Entities.Cli.Commands;

/// <summary>
/// The <c>--store</c> option: a graph file (<c>graph.db</c>: SQLite, package Entities.Sqlite, the embedded default) or a
/// PostgreSQL connection string (anything with <c>=</c>: package Entities.PostgreSql, for many workers).
/// </summary>
internal static class StoreOption
{
    /// <summary>Creates the option with a description of what <paramref name="purpose"/> does with the store.</summary>
    public static Option<string?> Create(string purpose) => new("--store")
    {
        Description = "A graph file (graph.db, created when missing) or a PostgreSQL connection string (\"Host=…;Database=…;Username=…;Password=…\"): " + purpose
            + " The tables are created on first use.",
    };

    /// <summary>Creates the <c>--store-schema</c> option: the PostgreSQL schema holding the graph's tables.</summary>
    public static Option<string> CreateSchema() => new("--store-schema")
    {
        Description = "With --store: the PostgreSQL schema holding the graph's tables (one graph per schema).",
        DefaultValueFactory = _ => PostgreSqlEntityGraphStoreOptions.DefaultSchema,
    };

    /// <summary>Whether a --store value is a PostgreSQL connection string rather than a graph file's path.</summary>
    public static bool IsConnectionString(string value) => value.Contains('=', StringComparison.Ordinal);

    /// <summary>Opens the store a --store value names (a graph file or a database); on failure writes one error line and returns <see langword="false"/>.</summary>
    public static bool TryOpenAny(string value, string schema, TextWriter error, out Graph.IEntityGraphStore store, out IDisposable lifetime)
    {
        if (IsConnectionString(value))
        {
            bool ok = TryOpen(value, schema, error, out var database);
            (store, lifetime) = (database, database);
            return ok;
        }

        store = null!;
        lifetime = null!;
        if (Directory.Exists(value))
        {
            error.WriteLine($"entities: {value}: is a directory, not a graph file");
            return false;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(value));
        if (folder is not null && !Directory.Exists(folder))
        {
            error.WriteLine($"entities: {value}: no such directory");
            return false;
        }

        try
        {
            var file = new Sqlite.SqliteEntityGraphStore(value);
            (store, lifetime) = (file, file);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine($"entities: {value}: cannot use as a graph file: {ex.Message}");
            return false;
        }
    }

    /// <summary>The document queue kept with a store (SQLite file or PostgreSQL schema).</summary>
    public static Queue.IDocumentQueue QueueOf(Graph.IEntityGraphStore store) => store switch
    {
        Sqlite.SqliteEntityGraphStore file => file.Queue,
        PostgreSqlEntityGraphStore database => database.Queue,
        _ => throw new ArgumentException($"{store.GetType().Name} has no document queue.", nameof(store)),
    };

    /// <summary>Opens an existing store for reading its queue: a graph file must exist (nothing is created by a typo).</summary>
    public static bool TryOpenExisting(string value, string schema, CliStreams streams, out Graph.IEntityGraphStore store, out IDisposable lifetime)
    {
        if (!IsConnectionString(value) && !File.Exists(value))
        {
            (store, lifetime) = (null!, null!);
            streams.ReportInputError(value, "no such file or directory");
            return false;
        }

        return TryOpenAny(value, schema, streams.Error, out store, out lifetime);
    }

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
