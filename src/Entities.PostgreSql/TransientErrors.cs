using Npgsql;

namespace Entities.PostgreSql;

/// <summary>Errors after which a document's transaction is rolled back and run again.</summary>
internal static class TransientErrors
{
    /// <summary>True for deadlocks (40P01) and serialization failures (40001): the transaction can simply be retried.</summary>
    public static bool IsRetryable(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>Whether the server could not be reached (network, server gone, too many connections): worth waiting for.</summary>
    public static bool IsUnavailable(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } and not PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }
        || exception is TimeoutException
        || exception.InnerException is System.Net.Sockets.SocketException or System.IO.IOException;

    /// <summary>The wait before attempt <paramref name="attempt"/> to reach the server again: 0.5, 1, 2, 4 s, then 5 s.</summary>
    public static TimeSpan UnavailableBackoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(5000, 250 << Math.Min(attempt, 5)));

    /// <summary>A short randomized pause before attempt <paramref name="attempt"/> (1-based): 2, 4, 8… ms up to 100 ms, jittered.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        double ceiling = Math.Min(100, 2 << Math.Min(attempt, 6));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
