namespace Entities.Tagging;

/// <summary>
/// The word-cache entries all the workspaces of one tagger may hold together (<see cref="WordRowCache"/>): a cache takes
/// entries from it when it is created and each time it doubles, and never gives them back. One thread alone grows its cache
/// to the whole budget; several threads share it, so memory does not grow with the number of threads. Thread-safe.
/// </summary>
internal sealed class CacheBudget(int entries)
{
    private int remaining = entries;

    /// <summary>Entries not yet taken.</summary>
    public int Remaining => Volatile.Read(ref remaining);

    /// <summary>Takes <paramref name="count"/> entries when that many remain.</summary>
    public bool TryTake(int count)
    {
        while (true)
        {
            int before = Volatile.Read(ref remaining);
            if (before < count) return false;
            if (Interlocked.CompareExchange(ref remaining, before - count, before) == before) return true;
        }
    }

    /// <summary>Takes <paramref name="count"/> entries whatever remains (a new cache's first entries: a thread always gets a cache).</summary>
    public void Take(int count) => Interlocked.Add(ref remaining, -count);
}
