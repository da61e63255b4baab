namespace Entities.Mentions;

/// <summary>
/// Finds mentions by position in a refiner's input (sorted by start, without overlap, so that their ends are sorted too) by
/// binary search, so that a rule asking about one place of a long document does not read every mention before it.
/// </summary>
internal static class MentionLookup
{
    /// <summary>Index of the first mention that ends after <paramref name="position"/> (<c>mentions.Count</c> when none).</summary>
    public static int FirstEndingAfter(IReadOnlyList<EntityMention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (mentions[middle].End <= position) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    /// <summary>The mention that starts at <paramref name="start"/>, or <see langword="null"/>.</summary>
    public static EntityMention? StartingAt(IReadOnlyList<EntityMention> mentions, int start)
    {
        int index = FirstEndingAfter(mentions, start);
        return index < mentions.Count && mentions[index].Start == start ? mentions[index] : null;
    }

    /// <summary>Whether a mention overlaps the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Overlaps(IReadOnlyList<EntityMention> mentions, int start, int end)
    {
        int index = FirstEndingAfter(mentions, start);
        return index < mentions.Count && mentions[index].Start < end;
    }
}
