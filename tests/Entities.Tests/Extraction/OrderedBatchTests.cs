namespace Entities.Tests.Extraction;

/// <summary><see cref="OrderedBatch"/>: input order whatever the threads, and a bounded number of items in flight.</summary>
public sealed class OrderedBatchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void ResultsComeInInputOrder(int threads)
    {
        var items = Enumerable.Range(0, 500).ToArray();
        var results = OrderedBatch.Run(items, (_, item, _) => { Thread.SpinWait((500 - item) * 20); return item * 2; }, threads).ToArray();
        Assert.Equal(items.Select(i => i * 2), results);
        var sized = OrderedBatch.Run(items, (_, item, _) => item * 3, _ => 10, 1000, threads).ToArray();
        Assert.Equal(items.Select(i => i * 3), sized);
    }

    /// <summary>Items started and not yet consumed, seen by the items themselves, with the consumer holding each result a moment.</summary>
    [Theory]
    [InlineData(1L, 1, 2 * OrderedBatch.WindowPerWorker)]                                    // large items: the first window only
    [InlineData(-1L, 1, 2 * OrderedBatch.WindowPerWorker)]                                   // unknown sizes count as the whole budget
    [InlineData(0L, 2 * OrderedBatch.WindowPerWorker + 1, 2 * OrderedBatch.MaxWindowPerWorker)] // sizeless items: past the first window, up to the largest
    public void TheWindowGrowsOnlyForSmallItems(long size, int expectedLeast, int expectedMost)
    {
        const int threads = 2;
        int started = 0, most = 0;
        var consumed = 0;
        var results = OrderedBatch.Run(
            Enumerable.Range(0, 200),
            (_, item, _) =>
            {
                int now = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
                InterlockedMax(ref most, now);
                return item;
            },
            _ => size == 1 ? 1_000 : size,
            maxInFlightSize: 1_000,
            threads);
        foreach (int result in results)
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref consumed);
        }

        Assert.InRange(most, expectedLeast, expectedMost);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
