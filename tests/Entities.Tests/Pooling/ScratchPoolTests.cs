using Entities.Pooling;

namespace Entities.Tests.Pooling;

public sealed class ScratchPoolTests
{
    [Fact]
    public void AnEmptyPoolHasNothingToGive()
    {
        var pool = new ScratchPool<object>(2);
        Assert.False(pool.TryTake(out var item));
        Assert.Null(item);
    }

    [Fact]
    public void WhatIsReturnedIsTakenAgainOnce()
    {
        var pool = new ScratchPool<object>(2);
        var scratch = new object();
        pool.Return(scratch);
        Assert.True(pool.TryTake(out var taken));
        Assert.Same(scratch, taken);
        Assert.False(pool.TryTake(out _));
    }

    [Fact]
    public void ObjectsBeyondTheSlotsAreKeptToo()
    {
        var pool = new ScratchPool<object>(2);
        var returned = new[] { new object(), new object(), new object(), new object() };
        foreach (var scratch in returned) pool.Return(scratch);
        var taken = new List<object>();
        while (pool.TryTake(out var item)) taken.Add(item);
        Assert.Equal(returned.Length, taken.Count);
        Assert.Equal(returned.ToHashSet(), taken.ToHashSet());
    }

    [Fact]
    public void MoreThreadsThanSlotsEachFindTheirOwnAndNoneIsLost()
    {
        var pool = new ScratchPool<int[]>(1);
        int created = 0, clashes = 0;
        Parallel.For(0, 5_000, new ParallelOptions { MaxDegreeOfParallelism = 6 }, _ =>
        {
            int[] scratch;
            if (!pool.TryTake(out var pooled))
            {
                Interlocked.Increment(ref created);
                scratch = new int[1];
            }
            else
            {
                scratch = pooled;
            }

            if (Interlocked.Increment(ref scratch[0]) != 1) Interlocked.Increment(ref clashes);
            Thread.SpinWait(50);
            Interlocked.Decrement(ref scratch[0]);
            pool.Return(scratch);
        });
        Assert.Equal(0, clashes);
        int kept = 0;
        while (pool.TryTake(out _)) kept++;
        Assert.Equal(created, kept); // every object made was given back and is still there
        Assert.True(created >= 1);
    }

    [Fact]
    public void ThreadsNeverHoldTheSameObjectAtOnce()
    {
        var pool = new ScratchPool<int[]>(3);
        int clashes = 0;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            var scratch = pool.TryTake(out var pooled) ? pooled : new int[1];
            if (Interlocked.Increment(ref scratch[0]) != 1) Interlocked.Increment(ref clashes);
            Thread.SpinWait(20);
            Interlocked.Decrement(ref scratch[0]);
            pool.Return(scratch);
        });
        Assert.Equal(0, clashes);
    }
}
