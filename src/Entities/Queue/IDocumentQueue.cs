namespace Entities.Queue;

/// <summary>
/// A queue of documents to process, kept in a graph store's database, shared by every worker that opens the same store:
/// workers started anywhere claim documents not yet done, each claim held for a lease; a worker that stops without finishing
/// gives its claims back when their lease expires, and a document whose lease expires <see cref="MaxAttempts"/> times is
/// marked failed (it may be what stops its workers). Merging a document into a store is idempotent (a document id already
/// there is not merged again), so a document processed by a worker that died before <see cref="CompleteAsync"/> is simply
/// linked again to the same nodes by the next one. Implementations are thread-safe and use the database's clock for leases.
/// </summary>
public interface IDocumentQueue
{
    /// <summary>Claims whose lease expired this many times make the document failed instead of being claimed again.</summary>
    int MaxAttempts { get; }

    /// <summary>Adds the sources (paths or other names a worker can read) not queued yet, in order; returns how many were new.</summary>
    /// <exception cref="ArgumentException">A source is empty or longer than <see cref="DocumentQueue.MaxSourceLength"/>.</exception>
    Task<int> EnqueueAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="count"/> documents for <paramref name="worker"/> for <paramref name="lease"/>: pending ones,
    /// and claimed ones whose lease has expired, oldest first; never a document another worker holds. Empty when none is left.
    /// </summary>
    Task<IReadOnlyList<QueueClaim>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed document done; <see langword="false"/> when the claim was lost (its lease expired and another worker took it).</summary>
    Task<bool> CompleteAsync(QueueClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Marks claimed documents done in one statement; returns how many were still held (the others' claims were lost).</summary>
    Task<int> CompleteAllAsync(IReadOnlyList<QueueClaim> claims, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed document failed with one line saying why; <see langword="false"/> when the claim was lost.</summary>
    Task<bool> FailAsync(QueueClaim claim, string error, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a claim back unfinished (a worker interrupted on purpose): the document is pending again at once and the attempt is
    /// not counted. <see langword="false"/> when the claim was lost.
    /// </summary>
    Task<bool> ReleaseAsync(QueueClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Puts every failed document back in the queue with no attempt counted; returns how many.</summary>
    Task<int> RetryFailedAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts by state, timing and the first failures (at most <paramref name="maxFailures"/>), as one consistent reading.</summary>
    Task<QueueStatus> GetStatusAsync(int maxFailures = 10, CancellationToken cancellationToken = default);
}

/// <summary>A document claimed by a worker.</summary>
/// <param name="Id">The queue's number for the document.</param>
/// <param name="Source">What was queued: the path (or name) to read, also the document's id in the graph.</param>
/// <param name="Attempt">1 for the first claim; more when an earlier worker's lease expired.</param>
/// <param name="Worker">The worker holding the claim.</param>
public sealed record QueueClaim(long Id, string Source, int Attempt, string Worker);

/// <summary>One reading of a queue.</summary>
/// <param name="Pending">Not claimed yet (or put back by <see cref="IDocumentQueue.RetryFailedAsync"/>).</param>
/// <param name="InProgress">Claimed, lease running.</param>
/// <param name="Expired">Claimed, lease expired: its worker stopped or is late; the next claim takes it.</param>
/// <param name="Done">Processed.</param>
/// <param name="Failed">Could not be processed (see <see cref="Failures"/>).</param>
/// <param name="Workers">Distinct workers holding a running lease.</param>
/// <param name="FirstClaimed">When the first document was claimed, if any.</param>
/// <param name="LastFinished">When the last document was done or failed, if any.</param>
/// <param name="DoneLastMinute">Documents done in the minute before the reading.</param>
/// <param name="Failures">The first failed documents, in queue order.</param>
public sealed record QueueStatus(
    long Pending,
    long InProgress,
    long Expired,
    long Done,
    long Failed,
    int Workers,
    DateTimeOffset? FirstClaimed,
    DateTimeOffset? LastFinished,
    long DoneLastMinute,
    IReadOnlyList<QueueFailure> Failures)
{
    /// <summary>Every document queued.</summary>
    public long Total => Pending + InProgress + Expired + Done + Failed;

    /// <summary>Documents done per second between the first claim and the last finish (0 before two such moments).</summary>
    public double DocumentsPerSecond =>
        FirstClaimed is { } first && LastFinished is { } last && last > first ? Done / (last - first).TotalSeconds : 0;
}

/// <summary>A failed document and why.</summary>
public sealed record QueueFailure(string Source, string Error, int Attempts);

/// <summary>Limits and checks shared by the queue implementations.</summary>
public static class DocumentQueue
{
    /// <summary>The longest source a queue accepts (characters).</summary>
    public const int MaxSourceLength = 4096;

    /// <summary>The longest error kept for a failed document (characters; longer ones are cut).</summary>
    public const int MaxErrorLength = 1000;

    /// <summary>The longest lease a claim may ask for.</summary>
    public static readonly TimeSpan MaxLease = TimeSpan.FromDays(7);

    /// <summary>Most documents one claim may take.</summary>
    public const int MaxClaimCount = 10_000;

    /// <summary>Throws when <paramref name="sources"/> holds an empty or too long source.</summary>
    public static void ValidateSources(IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (string source in sources)
        {
            if (string.IsNullOrEmpty(source)) throw new ArgumentException("A queued source is empty.", nameof(sources));
            if (source.Length > MaxSourceLength) throw new ArgumentException($"A queued source is longer than {MaxSourceLength} characters.", nameof(sources));
        }
    }

    /// <summary>Throws when a claim's arguments are out of range.</summary>
    public static void ValidateClaim(string worker, int count, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxClaimCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lease, MaxLease);
    }

    /// <summary>The error as kept: one line, at most <see cref="MaxErrorLength"/> characters.</summary>
    public static string OneLine(string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string line = error.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxErrorLength ? line : line[..(MaxErrorLength - 1)] + "…";
    }

    /// <summary>The error recorded when a document's lease expired <paramref name="attempts"/> times.</summary>
    public static string LeaseExpiredError(int attempts) =>
        $"its worker stopped before finishing it {attempts} times (lease expired); it may be what stops them";
}
