using Entities.Queue;
using Microsoft.Data.Sqlite;

namespace Entities.Sqlite;

/// <summary>
/// The document queue of a SQLite graph file (table <c>queue</c>). Claims, additions and retries are committed at once (other
/// processes on the machine see them; SQLite lets one of them write at a time); a document is marked done or failed inside
/// the batch that merged it, so after a crash the file never says done for a document whose graph rows were lost. Leases
/// use this machine's clock. Get it from <see cref="SqliteEntityGraphStore.Queue"/>.
/// </summary>
public sealed class SqliteDocumentQueue : IDocumentQueue
{
    private readonly SqliteEntityGraphStore store;

    internal SqliteDocumentQueue(SqliteEntityGraphStore store, int maxAttempts = 3)
    {
        this.store = store;
        MaxAttempts = maxAttempts;
    }

    /// <inheritdoc />
    public int MaxAttempts { get; }

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <inheritdoc />
    public Task<int> EnqueueAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        DocumentQueue.ValidateSources(sources);
        return Task.FromResult(store.Queued(false, (statements, transaction) =>
        {
            int added = 0;
            long now = Now;
            foreach (string source in sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                added += statements.Execute("INSERT INTO queue (source, added_at) VALUES ($source, $now) ON CONFLICT (source) DO NOTHING", transaction, ("$source", source), ("$now", now));
            }

            return added;
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<QueueClaim>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        DocumentQueue.ValidateClaim(worker, count, lease);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<QueueClaim>>(store.Queued(false, (statements, transaction) =>
        {
            long now = Now;
            statements.Execute(
                "UPDATE queue SET state = 'failed', finished_at = $now, lease_until = NULL, error = $error WHERE state = 'claimed' AND lease_until <= $now AND attempts >= $max",
                transaction, ("$now", now), ("$error", DocumentQueue.LeaseExpiredError(MaxAttempts)), ("$max", MaxAttempts));
            var command = statements.Get(
                """
                UPDATE queue SET state = 'claimed', worker = $worker, attempts = attempts + 1, lease_until = $until, claimed_at = $now
                WHERE id IN (SELECT id FROM queue WHERE state = 'pending' OR (state = 'claimed' AND lease_until <= $now AND attempts < $max) ORDER BY id LIMIT $count)
                RETURNING id, source, attempts
                """, transaction);
            command.Parameters.AddWithValue("$worker", worker);
            command.Parameters.AddWithValue("$until", now + (long)lease.TotalMilliseconds);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$max", MaxAttempts);
            command.Parameters.AddWithValue("$count", count);
            var claims = new List<QueueClaim>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read()) claims.Add(new QueueClaim(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), worker));
            }

            claims.Sort((a, b) => a.Id.CompareTo(b.Id));
            return claims;
        }));
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(QueueClaim claim, CancellationToken cancellationToken = default) => Finish(claim, "done", null);

    /// <inheritdoc />
    public Task<int> CompleteAllAsync(IReadOnlyList<QueueClaim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Task.FromResult(claims.Count(claim => Finish(claim, "done", null).Result));
    }

    /// <inheritdoc />
    public Task<bool> FailAsync(QueueClaim claim, string error, CancellationToken cancellationToken = default) =>
        Finish(claim, "failed", DocumentQueue.OneLine(error));

    private Task<bool> Finish(QueueClaim claim, string state, string? error)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Task.FromResult(store.Queued(true, (statements, transaction) => statements.Execute(
            "UPDATE queue SET state = $state, error = $error, finished_at = $now, lease_until = NULL WHERE id = $id AND state = 'claimed' AND worker = $worker AND attempts = $attempt",
            transaction, ("$state", state), ("$error", (object?)error ?? DBNull.Value), ("$now", Now), ("$id", claim.Id), ("$worker", claim.Worker), ("$attempt", claim.Attempt)) == 1));
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(QueueClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Task.FromResult(store.Queued(false, (statements, transaction) => statements.Execute(
            "UPDATE queue SET state = 'pending', attempts = attempts - 1, worker = NULL, lease_until = NULL WHERE id = $id AND state = 'claimed' AND worker = $worker AND attempts = $attempt",
            transaction, ("$id", claim.Id), ("$worker", claim.Worker), ("$attempt", claim.Attempt)) == 1));
    }

    /// <inheritdoc />
    public Task<int> RetryFailedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Queued(false, (statements, transaction) => statements.Execute(
            "UPDATE queue SET state = 'pending', attempts = 0, worker = NULL, error = NULL, finished_at = NULL, lease_until = NULL WHERE state = 'failed'", transaction)));

    /// <inheritdoc />
    public Task<QueueStatus> GetStatusAsync(int maxFailures = 10, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFailures);
        return Task.FromResult(store.Queued(false, (statements, transaction) =>
        {
            long now = Now;
            var command = statements.Get(
                """
                SELECT count(*) FILTER (WHERE state = 'pending'),
                       count(*) FILTER (WHERE state = 'claimed' AND lease_until > $now),
                       count(*) FILTER (WHERE state = 'claimed' AND lease_until <= $now),
                       count(*) FILTER (WHERE state = 'done'),
                       count(*) FILTER (WHERE state = 'failed'),
                       count(DISTINCT worker) FILTER (WHERE state = 'claimed' AND lease_until > $now),
                       min(claimed_at), max(finished_at),
                       count(*) FILTER (WHERE state = 'done' AND finished_at > $now - 60000)
                FROM queue
                """, transaction);
            command.Parameters.AddWithValue("$now", now);
            long pending, inProgress, expired, done, failed, lastMinute;
            int workers;
            DateTimeOffset? first, last;
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (pending, inProgress, expired, done, failed) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                workers = (int)reader.GetInt64(5);
                first = reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6));
                last = reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7));
                lastMinute = reader.GetInt64(8);
            }

            var failures = new List<QueueFailure>();
            var list = statements.Get("SELECT source, coalesce(error, ''), attempts FROM queue WHERE state = 'failed' ORDER BY id LIMIT $limit", transaction);
            list.Parameters.AddWithValue("$limit", maxFailures);
            using (var reader = list.ExecuteReader())
            {
                while (reader.Read()) failures.Add(new QueueFailure(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }

            return new QueueStatus(pending, inProgress, expired, done, failed, workers, first, last, lastMinute, failures);
        }));
    }
}
