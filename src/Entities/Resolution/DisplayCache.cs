using System.Runtime.InteropServices;

namespace Entities.Resolution;

/// <summary>
/// Values computed from a display (pure functions of it), kept from one resolution call to the next in a pooled scratch. Two
/// generations bound it: when the current one has grown past the limit, it becomes the previous one and the old previous one
/// is dropped; a value found in the previous generation is copied into the current one. So the names that recur across
/// documents stay, however many other names pass, and at most about twice the limit are kept. Not thread-safe (one call at a time).
/// </summary>
/// <typeparam name="TValue">The value kept for a display.</typeparam>
/// <param name="generationLimit">How many entries the current generation holds before it is retired (at the end of a call).</param>
internal sealed class DisplayCache<TValue>(int generationLimit)
{
    private Dictionary<string, TValue> current = new(StringComparer.Ordinal);
    private Dictionary<string, TValue> previous = new(StringComparer.Ordinal);

    /// <summary>The number of entries kept, both generations.</summary>
    public int Count => current.Count + previous.Count;

    /// <summary>
    /// The slot of <paramref name="display"/> in the current generation: <paramref name="exists"/> tells whether it holds the
    /// value already (found in either generation); when not, the caller fills it before any other use of the cache.
    /// </summary>
    public ref TValue GetValueRefOrAddDefault(string display, out bool exists)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(current, display, out exists);
        if (!exists && previous.Count > 0 && previous.TryGetValue(display, out var kept))
        {
            slot = kept;
            exists = true;
        }

        return ref slot!;
    }

    /// <summary>Retires the current generation when it holds more than the limit (called between resolution calls).</summary>
    public void Age()
    {
        if (current.Count <= generationLimit) return;
        (previous, current) = (current, previous);
        current.Clear();
    }
}
