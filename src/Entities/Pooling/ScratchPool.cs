using System.Diagnostics.CodeAnalysis;

namespace Entities.Pooling;

/// <summary>
/// A small thread-safe pool of reusable scratch objects (work buffers, caches) for code that takes one per call and gives it
/// back at the end: a fixed row of slots, each taken or filled with one atomic exchange. Cheaper than a
/// <see cref="System.Collections.Concurrent.ConcurrentBag{T}"/> at that (no thread-local lookup, no lock when it holds one
/// object). At most <see cref="Capacity"/> objects are kept; one returned to a full pool is left to the garbage collector.
/// </summary>
/// <typeparam name="T">The scratch type.</typeparam>
internal sealed class ScratchPool<T>
    where T : class
{
    private readonly T?[] slots;

    /// <summary>Creates an empty pool of <paramref name="capacity"/> slots (default: twice the processor count, at least 8).</summary>
    public ScratchPool(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        slots = new T?[capacity > 0 ? capacity : Math.Max(8, 2 * Environment.ProcessorCount)];
    }

    /// <summary>The number of objects the pool may keep.</summary>
    public int Capacity => slots.Length;

    /// <summary>Takes an object from the pool, if it holds one.</summary>
    public bool TryTake([NotNullWhen(true)] out T? item)
    {
        for (int i = 0; i < slots.Length; i++)
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
        for (int i = 0; i < slots.Length; i++)
        {
            if (Volatile.Read(ref slots[i]) is null && Interlocked.CompareExchange(ref slots[i], item, null) is null) return;
        }
    }
}
