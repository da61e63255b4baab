using Entities.Queue;
using Npgsql;

namespace Entities.PostgreSql;

/// <summary>
/// The document queue of a PostgreSQL graph store (table <c>queue</c> of its schema): claims take rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, so workers on any number of machines never wait on each other's claims and never claim the
/// same document twice while a lease runs. Leases are timed by the server's clock. Get it from
/// <see cref="PostgreSqlEntityGraphStore.Queue"/>; the schema must exist (<see cref="PostgreSqlEntityGraphStore.EnsureSchemaAsync"/>).
/// </summary>
public sealed class PostgreSqlDocumentQueue : IDocumentQueue
{
    private readonly NpgsqlDataSource dataSource;
    private readonly string s;

    internal PostgreSqlDocumentQueue(NpgsqlDataSource dataSource, string schema, int maxAttempts)
    {
        this.dataSource = dataSource;
        s = SchemaMigrations.Quote(schema);
        MaxAttempts = maxAttempts;
    }

    /// <inheritdoc />
    public int MaxAttempts { get; }

    /// <inheritdoc />
    public async Task<int> EnqueueAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        DocumentQueue.ValidateSources(sources);
        if (sources.Count == 0) return 0;
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO {s}.queue (source) SELECT q.source FROM unnest($1::text[]) WITH ORDINALITY AS q (source, n) ORDER BY q.n ON CONFLICT (source) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = sources.ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QueueClaim>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        DocumentQueue.ValidateClaim(worker, count, lease);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                // Documents whose lease expired too often are failed, not claimed again.
                Sql.Command(
                    $"""
                    UPDATE {s}.queue SET state = 'failed', finished_at = now(), lease_until = NULL, error = $2
                    WHERE state = 'claimed' AND lease_until <= now() AND attempts >= $1
                    """,
                    MaxAttempts, DocumentQueue.LeaseExpiredError(MaxAttempts)),
                Sql.Command(
                    $"""
                    UPDATE {s}.queue q SET state = 'claimed', worker = $1, attempts = q.attempts + 1, lease_until = now() + $3, claimed_at = now()
                    WHERE q.id IN (SELECT id FROM {s}.queue
                                   WHERE state = 'pending' OR (state = 'claimed' AND lease_until <= now() AND attempts < $4)
                                   ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
                    RETURNING q.id, q.source, q.attempts
                    """,
                    worker, count, lease, MaxAttempts),
            },
        };
        var claims = new List<QueueClaim>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // The first statement returns no rows: Npgsql's reader starts at the claim's RETURNING rows.
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                claims.Add(new QueueClaim(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), worker));
        }

        claims.Sort((a, b) => a.Id.CompareTo(b.Id));
        return claims;
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(QueueClaim claim, CancellationToken cancellationToken = default) =>
        FinishAsync(claim, "done", null, cancellationToken);

    /// <inheritdoc />
    public async Task<int> CompleteAllAsync(IReadOnlyList<QueueClaim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0) return 0;
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {s}.queue q SET state = 'done', error = NULL, finished_at = now(), lease_until = NULL
            FROM unnest($1::bigint[], $2::text[], $3::int[]) AS c (id, worker, attempts)
            WHERE q.id = c.id AND q.state = 'claimed' AND q.worker = c.worker AND q.attempts = c.attempts
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = claims.Select(c => c.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = claims.Select(c => c.Worker).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = claims.Select(c => c.Attempt).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> FailAsync(QueueClaim claim, string error, CancellationToken cancellationToken = default) =>
        FinishAsync(claim, "failed", DocumentQueue.OneLine(error), cancellationToken);

    private async Task<bool> FinishAsync(QueueClaim claim, string state, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {s}.queue SET state = $1, error = $2, finished_at = now(), lease_until = NULL
            WHERE id = $3 AND state = 'claimed' AND worker = $4 AND attempts = $5
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = state });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Worker });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Attempt });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(QueueClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {s}.queue SET state = 'pending', attempts = attempts - 1, worker = NULL, lease_until = NULL
            WHERE id = $1 AND state = 'claimed' AND worker = $2 AND attempts = $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Worker });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Attempt });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<int> RetryFailedAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE {s}.queue SET state = 'pending', attempts = 0, worker = NULL, error = NULL, finished_at = NULL, lease_until = NULL WHERE state = 'failed'");
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<QueueStatus> GetStatusAsync(int maxFailures = 10, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFailures);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // One REPEATABLE READ transaction: the counts and the failures are one reading.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Sql.Command(
                    $"""
                    SELECT count(*) FILTER (WHERE state = 'pending'),
                           count(*) FILTER (WHERE state = 'claimed' AND lease_until > now()),
                           count(*) FILTER (WHERE state = 'claimed' AND lease_until <= now()),
                           count(*) FILTER (WHERE state = 'done'),
                           count(*) FILTER (WHERE state = 'failed'),
                           count(DISTINCT worker) FILTER (WHERE state = 'claimed' AND lease_until > now()),
                           min(claimed_at), max(finished_at),
                           count(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '1 minute')
                    FROM {s}.queue
                    """),
                Sql.Command($"SELECT source, coalesce(error, ''), attempts FROM {s}.queue WHERE state = 'failed' ORDER BY id LIMIT $1", maxFailures),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        long pending = reader.GetInt64(0), inProgress = reader.GetInt64(1), expired = reader.GetInt64(2), done = reader.GetInt64(3), failed = reader.GetInt64(4);
        int workers = (int)reader.GetInt64(5);
        DateTimeOffset? first = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6);
        DateTimeOffset? last = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7);
        long lastMinute = reader.GetInt64(8);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var failures = new List<QueueFailure>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            failures.Add(new QueueFailure(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        return new QueueStatus(pending, inProgress, expired, done, failed, workers, first, last, lastMinute, failures);
    }
}
