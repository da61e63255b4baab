using System.Diagnostics;
using Entities.Graph;
using Entities.PostgreSql;
using Entities.Resolution;

namespace Entities.Tests.PostgreSql;

/// <summary>A server that cannot be reached is waited for a bounded time, then reported once (no server needed).</summary>
public sealed class UnreachableServerTests
{
    [Fact]
    public async Task AMergeWaitsForTheServerThenThrowsGraphStoreUnavailable()
    {
        // Port 1 on the loopback: nothing listens, every connection is refused at once.
        await using var store = new PostgreSqlEntityGraphStore(
            "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none;Timeout=2;Pooling=false",
            new PostgreSqlEntityGraphStoreOptions { UnavailableRetryTime = TimeSpan.FromSeconds(1.5) });
        var mention = new EntityMention(0, 5, "Nadal", EntityLabel.Person, 0.9, null);
        ResolvedEntity[] entities = [new(EntityLabel.Person, "Nadal", [new AliasCount("Nadal", 1)], ["full:nadal"], [0])];
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<GraphStoreUnavailableException>(() => store.MergeLinked("doc-1", [mention], [0], entities));

        Assert.InRange(clock.Elapsed.TotalSeconds, 1.4, 30);
        Assert.Contains("could not be reached", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeWaitIsAnInvalidOption() =>
        Assert.Throws<ArgumentException>(() => new PostgreSqlEntityGraphStore("Host=127.0.0.1;Port=1", new PostgreSqlEntityGraphStoreOptions { UnavailableRetryTime = TimeSpan.FromSeconds(-1) }));
}
