namespace Entities.Mentions;

/// <summary>The step shared by the taggers that add one name over a stretch of text the tagger read in pieces.</summary>
internal static class MentionInsertion
{
    /// <summary>
    /// Puts a mention of <paramref name="label"/> over [<paramref name="start"/>, <paramref name="end"/>) into the sorted list,
    /// replacing the mentions inside it; the list is unchanged when a mention crosses its edge or the same mention is there.
    /// The new mention gets the best score of the mentions it replaces, or <paramref name="score"/> when there are none.
    /// </summary>
    public static List<EntityMention> Over(List<EntityMention> mentions, string text, int start, int end, EntityLabel label, double score)
    {
        double best = 0;
        int at = 0, inside = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.End <= start) { at = i + 1; continue; }
            if (m.Start >= end) break;
            if (m.Start < start || m.End > end) return mentions;
            if (m.Start == start && m.End == end && m.Label == label) return mentions;
            best = Math.Max(best, m.Score);
            inside++;
        }

        mentions.RemoveRange(at, inside);
        mentions.Insert(at, new EntityMention(start, end, text[start..end], label, inside > 0 ? best : score, null));
        return mentions;
    }
}
