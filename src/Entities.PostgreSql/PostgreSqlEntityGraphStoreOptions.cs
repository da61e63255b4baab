using System.Text.RegularExpressions;
using Entities.Graph;

namespace Entities.PostgreSql;

/// <summary>Options of a <see cref="PostgreSqlEntityGraphStore"/>.</summary>
public sealed partial class PostgreSqlEntityGraphStoreOptions
{
    /// <summary>The default PostgreSQL schema the tables live in: <c>entities</c>.</summary>
    public const string DefaultSchema = "entities";

    /// <summary>
    /// The PostgreSQL schema (namespace) holding the store's tables; created when missing. Lower-case ASCII letters, digits and
    /// <c>_</c>, starting with a letter or <c>_</c>, at most 63 characters. Several graphs can live in one database under
    /// different schemas. Default <see cref="DefaultSchema"/>.
    /// </summary>
    public string Schema { get; init; } = DefaultSchema;

    /// <summary>Key weighting, as for <see cref="EntityGraph"/>; <see cref="EntityGraphOptions.Default"/> when <see langword="null"/>.</summary>
    public EntityGraphOptions? GraphOptions { get; init; }

    /// <summary>
    /// How many times a document's transaction is retried after a deadlock or serialization failure (SQLSTATE 40P01, 40001)
    /// before the error is thrown. Default 20.
    /// </summary>
    public int MaxRetries { get; init; } = 20;

    /// <summary>
    /// How long a merge waits for a server that cannot be reached (network, restart), retrying with growing pauses, before it
    /// throws <see cref="Graph.GraphStoreUnavailableException"/>. Default 30 seconds; zero gives up at the first failure.
    /// </summary>
    public TimeSpan UnavailableRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a queued document may be claimed by a worker whose lease then expired before it is marked failed
    /// (<see cref="PostgreSqlEntityGraphStore.Queue"/>). Default 3.
    /// </summary>
    public int MaxQueueAttempts { get; init; } = 3;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentException">The schema name is not a plain lower-case identifier, <see cref="MaxRetries"/> is negative, or <see cref="MaxQueueAttempts"/> is below 1.</exception>
    public void ThrowIfInvalid()
    {
        if (Schema is null || !SchemaName().IsMatch(Schema))
            throw new ArgumentException($"Schema '{Schema}' must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63 characters).", nameof(Schema));
        if (UnavailableRetryTime < TimeSpan.Zero) throw new ArgumentException($"{nameof(UnavailableRetryTime)} must not be negative (was {UnavailableRetryTime}).", nameof(UnavailableRetryTime));
        if (MaxRetries < 0) throw new ArgumentException($"{nameof(MaxRetries)} must be zero or more (was {MaxRetries}).", nameof(MaxRetries));
        if (MaxQueueAttempts < 1) throw new ArgumentException($"{nameof(MaxQueueAttempts)} must be one or more (was {MaxQueueAttempts}).", nameof(MaxQueueAttempts));
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
