using System.Runtime.InteropServices;

namespace Entities.Mentions;

/// <summary>Merging of mention lists sorted by start, shared by the refiners that add mentions.</summary>
internal static class SortedMentions
{
    /// <summary>
    /// <paramref name="mentions"/> and <paramref name="added"/> in one list sorted by start, a mention of
    /// <paramref name="mentions"/> before an added one at the same start: what a stable sort of the two lists one after the
    /// other gives, in one pass when both are sorted (and by that sort otherwise).
    /// </summary>
    public static EntityMention[] Merge(IReadOnlyList<EntityMention> mentions, List<EntityMention> added)
    {
        var known = TokenLookup.AsSpan(mentions);
        if (!IsSorted(known) || !IsSorted(CollectionsMarshal.AsSpan(added))) return [.. mentions.Concat(added).OrderBy(m => m.Start)];
        var merged = new EntityMention[known.Length + added.Count];
        int i = 0, j = 0, k = 0;
        while (i < known.Length && j < added.Count) merged[k++] = added[j].Start < known[i].Start ? added[j++] : known[i++];
        while (i < known.Length) merged[k++] = known[i++];
        while (j < added.Count) merged[k++] = added[j++];
        return merged;
    }

    private static bool IsSorted(ReadOnlySpan<EntityMention> mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Start < mentions[i - 1].Start) return false;
        }

        return true;
    }
}
