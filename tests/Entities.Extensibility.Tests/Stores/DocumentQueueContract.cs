using Entities.PostgreSql;
using Entities.Queue;
using Entities.Sqlite;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>
/// What every <see cref="IDocumentQueue"/> must do, run on the SQLite file's queue and, when <c>ENTITIES_TEST_POSTGRES</c> is
/// set, the PostgreSQL schema's: additions are idempotent, claims are disjoint while leases run, an expired lease gives the
/// document to the next claim and too many expiries fail it, a lost claim cannot be finished, failures can be retried, and
/// the status counts all of it.
/// </summary>
public sealed class DocumentQueueContract
{
    public static TheoryData<string> Queues
    {
        get
        {
            var names = new TheoryData<string> { "sqlite" };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ContractStores.PostgresVariable))) names.Add("postgresql");
            return names;
        }
    }

    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task AddingTwiceQueuesOnce(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        Assert.Equal(3, await queue.EnqueueAsync(["a.txt", "b.txt", "c.txt"]));
        Assert.Equal(1, await queue.EnqueueAsync(["b.txt", "d.txt"]));
        var status = await queue.GetStatusAsync();
        Assert.Equal(4, status.Pending);
        Assert.Equal(4, status.Total);
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task ClaimsAreDisjointAndInQueueOrder(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync([.. Enumerable.Range(1, 10).Select(i => $"doc{i:D2}.txt")]);
        var first = await queue.ClaimAsync("w1", 4, Long);
        var second = await queue.ClaimAsync("w2", 4, Long);
        var third = await queue.ClaimAsync("w3", 4, Long);
        Assert.Equal(["doc01.txt", "doc02.txt", "doc03.txt", "doc04.txt"], first.Select(c => c.Source));
        Assert.Equal(4, second.Count);
        Assert.Equal(2, third.Count);
        Assert.Equal(10, first.Concat(second).Concat(third).Select(c => c.Source).Distinct().Count());
        Assert.All(first.Concat(second).Concat(third), c => Assert.Equal(1, c.Attempt));
        Assert.Empty(await queue.ClaimAsync("w4", 4, Long));
        var status = await queue.GetStatusAsync();
        Assert.Equal((0, 10, 3), (status.Pending, status.InProgress, status.Workers));
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task ConcurrentWorkersNeverShareADocument(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync([.. Enumerable.Range(1, 200).Select(i => $"doc{i}")]);
        var done = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(1, 4).Select(w => Task.Run(async () =>
        {
            while (await queue.ClaimAsync($"w{w}", 7, Long) is { Count: > 0 } claims)
            {
                foreach (var claim in claims)
                {
                    Assert.True(await queue.CompleteAsync(claim));
                    done.Add(claim.Source);
                }
            }
        })));
        Assert.Equal(200, done.Count);
        Assert.Equal(200, done.Distinct().Count());
        var status = await queue.GetStatusAsync();
        Assert.Equal((200, 0, 0), (status.Done, status.Pending, status.InProgress));
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task AnExpiredLeaseGivesTheDocumentToTheNextClaimAndTheOldClaimIsLost(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync(["a.txt"]);
        var dead = Assert.Single(await queue.ClaimAsync("dead", 1, TimeSpan.Zero));
        Assert.Equal(1, (await queue.GetStatusAsync()).Expired);
        var taken = Assert.Single(await queue.ClaimAsync("alive", 1, Long));
        Assert.Equal(("a.txt", 2), (taken.Source, taken.Attempt));
        Assert.False(await queue.CompleteAsync(dead));
        Assert.False(await queue.FailAsync(dead, "late"));
        Assert.True(await queue.CompleteAsync(taken));
        Assert.False(await queue.CompleteAsync(taken));
        Assert.Equal(1, (await queue.GetStatusAsync()).Done);
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task ADocumentWhoseLeaseExpiresTooOftenFailsAndCanBeRetried(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync(["poison.txt", "fine.txt"]);
        for (int attempt = 1; attempt <= queue.MaxAttempts; attempt++)
        {
            var claim = Assert.Single(await queue.ClaimAsync("crashing", 1, TimeSpan.Zero));
            Assert.Equal(("poison.txt", attempt), (claim.Source, claim.Attempt));
        }

        var next = Assert.Single(await queue.ClaimAsync("w", 1, Long));
        Assert.Equal("fine.txt", next.Source);
        var status = await queue.GetStatusAsync();
        Assert.Equal(1, status.Failed);
        var failure = Assert.Single(status.Failures);
        Assert.Equal(("poison.txt", queue.MaxAttempts), (failure.Source, failure.Attempts));
        Assert.Contains("lease expired", failure.Error, StringComparison.Ordinal);

        Assert.Equal(1, await queue.RetryFailedAsync());
        var retried = Assert.Single(await queue.ClaimAsync("w", 5, Long));
        Assert.Equal(("poison.txt", 1), (retried.Source, retried.Attempt));
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task AFailureKeepsOneLineOfError(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync(["bad.bin"]);
        var claim = Assert.Single(await queue.ClaimAsync("w", 1, Long));
        Assert.True(await queue.FailAsync(claim, "not UTF-8 text\nat byte 12"));
        var status = await queue.GetStatusAsync();
        Assert.Equal((1, 0L), (status.Failed, status.InProgress));
        Assert.Equal("not UTF-8 text at byte 12", Assert.Single(status.Failures).Error);
        Assert.Empty(await queue.ClaimAsync("w", 1, Long));
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task CompletingManyAtOnceSkipsLostClaims(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync(["a", "b", "c"]);
        var lost = Assert.Single(await queue.ClaimAsync("late", 1, TimeSpan.Zero));
        var held = await queue.ClaimAsync("w", 3, Long);
        Assert.Equal(["a", "b", "c"], held.Select(c => c.Source));
        Assert.Equal(3, await queue.CompleteAllAsync([lost, .. held]));
        Assert.Equal(0, await queue.CompleteAllAsync(held));
        Assert.Equal(3, (await queue.GetStatusAsync()).Done);
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task AReleasedClaimIsPendingAgainWithoutCountingAnAttempt(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await queue.EnqueueAsync(["a.txt"]);
        var claim = Assert.Single(await queue.ClaimAsync("stopping", 1, Long));
        Assert.True(await queue.ReleaseAsync(claim));
        Assert.False(await queue.ReleaseAsync(claim));
        Assert.False(await queue.CompleteAsync(claim));
        Assert.Equal(1, (await queue.GetStatusAsync()).Pending);
        var again = Assert.Single(await queue.ClaimAsync("next", 1, Long));
        Assert.Equal(("a.txt", 1), (again.Source, again.Attempt));
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task BadArgumentsAreRejected(string name)
    {
        using var lease = ContractStores.Create(name);
        var queue = QueueOf(lease);
        await Assert.ThrowsAsync<ArgumentException>(() => queue.EnqueueAsync([""]));
        await Assert.ThrowsAsync<ArgumentException>(() => queue.EnqueueAsync([new string('x', DocumentQueue.MaxSourceLength + 1)]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ClaimAsync("w", 0, Long));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ClaimAsync("w", 1, TimeSpan.FromSeconds(-1)));
        await Assert.ThrowsAsync<ArgumentException>(() => queue.ClaimAsync("", 1, Long));
        Assert.Equal(0, (await queue.GetStatusAsync()).Total);
    }

    private static IDocumentQueue QueueOf(ContractStores.Lease lease) => lease.Store switch
    {
        SqliteEntityGraphStore sqlite => sqlite.Queue,
        PostgreSqlEntityGraphStore postgres => postgres.Queue,
        var other => throw new InvalidOperationException($"{other.GetType().Name} has no queue."),
    };
}
