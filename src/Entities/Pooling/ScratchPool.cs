using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Entities.Pooling;

/// <summary>
/// A thread-safe pool of reusable scratch objects (work buffers, caches) for code that takes one per call and gives it back
/// at the end. The first <see cref="SlotCount"/> objects sit in a fixed row of slots, each taken or filled with one atomic
/// exchange and on a cache line of its own, each thread trying its own slot first (so that it mostly gets back the object
/// whose data its core still holds): cheaper than a <see cref="ConcurrentBag{T}"/> (no thread-local lookup, no lock when
/// it holds one object), and threads taking and returning at once do not contend for a line. Objects returned while every
/// slot is full wait in a concurrent queue, so none is ever dropped: as many threads as work at once find one each (a
/// scratch may be costly to rebuild, like the tagger's word cache).
/// </summary>
/// <typeparam name="T">The scratch type.</typeparam>
internal sealed class ScratchPool<T>
    where T : class
{
    private const int Stride = 8; // references per 64-byte cache line
    private readonly T?[] slots;
    private readonly ConcurrentQueue<T> overflow = new();

    /// <summary>Creates an empty pool with <paramref name="slotCount"/> slots (default: twice the processor count, at least 8).</summary>
    public ScratchPool(int slotCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slotCount);
        SlotCount = slotCount > 0 ? slotCount : Math.Max(8, 2 * Environment.ProcessorCount);
        slots = new T?[(SlotCount + 1) * Stride]; // (the first line, with the array's length, holds no slot)
    }

    /// <summary>The number of objects kept in slots (the others wait in a queue).</summary>
    public int SlotCount { get; }

    /// <summary>Takes an object from the pool, if it holds one.</summary>
    public bool TryTake([NotNullWhen(true)] out T? item)
    {
        int home = Home();
        for (int k = 0; k < SlotCount; k++)
        {
            int i = SlotIndex(home, k);
            if (Volatile.Read(ref slots[i]) is not null && Interlocked.Exchange(ref slots[i], null) is { } found)
            {
                item = found;
                return true;
            }
        }

        return overflow.TryDequeue(out item);
    }

    /// <summary>
    /// The slot a thread tries first, taking and returning: most threads keep coming back to the same object, whose data is
    /// then still in their core's caches.
    /// </summary>
    private int Home() => Environment.CurrentManagedThreadId % SlotCount;

    private int SlotIndex(int home, int k)
    {
        int slot = home + k;
        if (slot >= SlotCount) slot -= SlotCount;
        return (slot + 1) * Stride;
    }

    /// <summary>Gives an object back.</summary>
    public void Return(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        int home = Home();
        for (int k = 0; k < SlotCount; k++)
        {
            int i = SlotIndex(home, k);
            if (Volatile.Read(ref slots[i]) is null && Interlocked.CompareExchange(ref slots[i], item, null) is null) return;
        }

        overflow.Enqueue(item);
    }
}
