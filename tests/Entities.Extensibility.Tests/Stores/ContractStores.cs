using Entities.Graph;
using Entities.PostgreSql;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>
/// The stores the contract runs on: the in-memory graph, <see cref="ToyGraphStore"/> (written on the public API alone), the
/// SQLite file store and,
/// when <c>ENTITIES_TEST_POSTGRES</c> names a reachable server, the PostgreSQL store (each test in a schema of its own).
/// </summary>
public static class ContractStores
{
    public const string PostgresVariable = "ENTITIES_TEST_POSTGRES";

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string> { "memory", "toy", "sqlite" };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable))) names.Add("postgresql");
            return names;
        }
    }

    public static Lease Create(string name) => name switch
    {
        "memory" => new Lease(new EntityGraph(), null),
        "toy" => new Lease(new ToyGraphStore(), null),
        "sqlite" => CreateSqlite(),
        "postgresql" => CreatePostgreSql(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown store."),
    };

    private static Lease CreateSqlite()
    {
        string path = Path.Combine(Path.GetTempPath(), "contract-" + Guid.NewGuid().ToString("N") + ".db");
        var store = new Entities.Sqlite.SqliteEntityGraphStore(path);
        return new Lease(store, () =>
        {
            store.Dispose();
            foreach (string file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        });
    }

    private static Lease CreatePostgreSql()
    {
        var store = new PostgreSqlEntityGraphStore(
            Environment.GetEnvironmentVariable(PostgresVariable)!,
            new PostgreSqlEntityGraphStoreOptions { Schema = "contract_" + Guid.NewGuid().ToString("N")[..12] });
        store.EnsureSchemaAsync().GetAwaiter().GetResult();
        return new Lease(store, () =>
        {
            store.DropSchemaAsync().GetAwaiter().GetResult();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });
    }

    /// <summary>A store for one test, cleaned up after it.</summary>
    public sealed class Lease(IEntityGraphStore store, Action? cleanup) : IDisposable
    {
        public IEntityGraphStore Store { get; } = store;

        public void Dispose() => cleanup?.Invoke();
    }
}
