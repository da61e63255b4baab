namespace Entities.Mentions;

/// <summary>
/// Joins a mention and the one right after it into one mention that keeps the first one's label, where a rule says the two
/// are one name (<c>ARS</c> + <c>Nouvelle-Aquitaine</c>, <c>Automobile-Club</c> + <c>France</c>): the joining step the pair
/// joiners share.
/// </summary>
internal static class MentionPairJoining
{
    /// <summary>Returns <paramref name="mentions"/> with each pair <paramref name="rule"/> joins made one; <paramref name="mentions"/> itself when none is.</summary>
    /// <remarks>The rule is a struct, so that a refiner's call makes no delegate and no closure.</remarks>
    public static IReadOnlyList<EntityMention> Apply<TRule>(string text, IReadOnlyList<EntityMention> mentions, TRule rule)
        where TRule : struct, IRule
    {
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (i + 1 < mentions.Count && rule.Joins(mention, mentions[i + 1]))
            {
                var next = mentions[i + 1];
                result ??= [.. mentions.Take(i)];
                result.Add(mention with { End = next.End, Text = text[mention.Start..next.End], Score = rule.Score(mention, next) });
                i++;
                continue;
            }

            result?.Add(mention);
        }

        return result ?? mentions;
    }

    /// <summary>When two mentions are one name, and the joined name's score.</summary>
    public interface IRule
    {
        /// <summary>Whether <paramref name="first"/> and <paramref name="next"/>, the mention right after it, are one name.</summary>
        bool Joins(EntityMention first, EntityMention next);

        /// <summary>The score of the joined name.</summary>
        double Score(EntityMention first, EntityMention next);
    }
}
