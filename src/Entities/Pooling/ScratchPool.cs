using System.Diagnostics.CodeAnalysis;

namespace Entities.Pooling;

/// <summary>
/// A small thread-safe pool of reusable scratch objects (work buffers, caches) for code that takes one per call and gives it
/// back at the end: a fixed row of slots, each taken or filled with one atomic exchange. Cheaper than a
/// <see cref="System.Collections.Concurrent.ConcurrentBag{T}"/> at that (no thread-local lookup, no lock when it holds one
/// object). At most <see cref="Capacity"/> objects are kept; one returned to a full pool is left to the garbage collector.
/// Each slot has a cache line of its own, so that threads taking and returning objects at once do not contend for one.
/// </summary>
/// <typeparam name="T">The scratch type.</typeparam>
internal sealed class ScratchPool<T>
    where T : class
{
    private const int Stride = 8; // references per 64-byte cache line
    private readonly T?[] slots;

    /// <summary>Creates an empty pool of <paramref name="capacity"/> slots (default: twice the processor count, at least 8).</summary>
    public ScratchPool(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity > 0 ? capacity : Math.Max(8, 2 * Environment.ProcessorCount);
        slots = new T?[(Capacity + 1) * Stride]; // (the first line, with the array's length, holds no slot)
    }

    /// <summary>The number of objects the pool may keep.</summary>
    public int Capacity { get; }

    /// <summary>Takes an object from the pool, if it holds one.</summary>
    public bool TryTake([NotNullWhen(true)] out T? item)
    {
        for (int i = Stride; i < slots.Length; i += Stride)
        {
            if (Volatile.Read(ref slots[i]) is not null && Interlocked.Exchange(ref slots[i], null) is { } found)
            {
                item = found;
                return true;
            }
        }

        item = null;
        return false;
    }

    /// <summary>Gives an object back (kept if a slot is free).</summary>
    public void Return(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        for (int i = Stride; i < slots.Length; i += Stride)
        {
            if (Volatile.Read(ref slots[i]) is null && Interlocked.CompareExchange(ref slots[i], item, null) is null) return;
        }
    }
}
