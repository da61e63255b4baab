namespace Entities.Mentions;

/// <summary>The loop shared by the filtering refiners: each mention is kept or dropped, spans and labels never change.</summary>
internal static class MentionDropping
{
    /// <summary>Returns <paramref name="mentions"/> without those <paramref name="rule"/> drops; <paramref name="mentions"/> itself when it drops none.</summary>
    /// <remarks>The rule is a struct, so that a refiner's call makes no delegate and no closure.</remarks>
    public static IReadOnlyList<EntityMention> Apply<TRule>(IReadOnlyList<EntityMention> mentions, TRule rule)
        where TRule : struct, IRule
    {
        List<EntityMention>? kept = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (rule.Drops(mentions[i]))
            {
                kept ??= new List<EntityMention>(mentions.Count).AddRangeOf(mentions, i);
                continue;
            }

            kept?.Add(mentions[i]);
        }

        return kept ?? mentions;
    }

    private static List<EntityMention> AddRangeOf(this List<EntityMention> list, IReadOnlyList<EntityMention> mentions, int count)
    {
        for (int k = 0; k < count; k++) list.Add(mentions[k]);
        return list;
    }

    /// <summary>Whether a filtering refiner drops a mention.</summary>
    public interface IRule
    {
        /// <summary>Whether <paramref name="mention"/> is dropped.</summary>
        bool Drops(EntityMention mention);
    }
}
