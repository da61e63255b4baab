namespace Entities.Pooling;

/// <summary>Work arrays kept from call to call that grow when a call needs more room (their old items are stale).</summary>
internal static class GrowingArray
{
    /// <summary>
    /// Returns <paramref name="array"/>, first replaced by a new array of at least <paramref name="count"/> items (and at least
    /// twice its old length, so that a run of growing calls allocates a few times only) when it is shorter.
    /// </summary>
    public static T[] AtLeast<T>(ref T[] array, int count)
    {
        if (array.Length < count) array = new T[Math.Max(count, 2 * array.Length)];
        return array;
    }
}
