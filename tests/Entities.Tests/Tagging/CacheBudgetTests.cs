using Entities.Tagging;

namespace Entities.Tests.Tagging;

public sealed class CacheBudgetTests
{
    [Fact]
    public void EntriesAreTakenOnlyWhileTheyRemain()
    {
        var budget = new CacheBudget(4096);
        budget.Take(1024);
        Assert.True(budget.TryTake(1024));
        Assert.True(budget.TryTake(2048));
        Assert.False(budget.TryTake(1));
        Assert.Equal(0, budget.Remaining);
    }

    [Fact]
    public void ConcurrentTakersNeverOverdrawTheBudget()
    {
        var budget = new CacheBudget(10_000);
        int granted = 0;
        Parallel.For(0, 1000, _ =>
        {
            if (budget.TryTake(37)) Interlocked.Add(ref granted, 37);
        });

        Assert.Equal(10_000 / 37 * 37, granted);
        Assert.Equal(10_000 - granted, budget.Remaining);
    }
}
