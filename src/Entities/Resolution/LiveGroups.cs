namespace Entities.Resolution;

/// <summary>
/// The non-empty groups of a <see cref="MentionGroups"/> at one moment, in order of first mention: a view of the first
/// <see cref="Count"/> items of an array that is never written again during the call (a merge makes a new view).
/// </summary>
internal readonly struct LiveGroups
{
    private readonly MentionGroup[] items;

    /// <summary>Views the first <paramref name="count"/> items of <paramref name="items"/>.</summary>
    public LiveGroups(MentionGroup[] items, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)items.Length, nameof(count));
        this.items = items;
        Count = count;
    }

    /// <summary>The number of groups.</summary>
    public int Count { get; }

    /// <summary>The group at <paramref name="index"/>.</summary>
    public MentionGroup this[int index] => AsSpan()[index];

    /// <summary>The groups as a span.</summary>
    public ReadOnlySpan<MentionGroup> AsSpan() => items is null ? [] : items.AsSpan(0, Count);

    /// <summary>Enumerates the groups (no allocation).</summary>
    public ReadOnlySpan<MentionGroup>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>The groups in a new array.</summary>
    public MentionGroup[] ToArray() => AsSpan().ToArray();
}
