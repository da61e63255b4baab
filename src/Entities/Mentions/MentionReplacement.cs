namespace Entities.Mentions;

/// <summary>
/// The loop shared by the refiners that change mentions one by one (a label, a span's edge): each mention may be replaced by
/// another that keeps the order of the list (it does not reach over its neighbours).
/// </summary>
internal static class MentionReplacement
{
    /// <summary>
    /// Returns <paramref name="mentions"/> with each mention <paramref name="rule"/> replaces (null: kept); <paramref name="mentions"/>
    /// itself when none is replaced.
    /// </summary>
    /// <remarks>The rule is a struct, so that a refiner's call makes no delegate and no closure.</remarks>
    public static IReadOnlyList<EntityMention> Apply<TRule>(IReadOnlyList<EntityMention> mentions, TRule rule)
        where TRule : struct, IRule
    {
        EntityMention[]? replaced = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (rule.Replace(mentions, i) is not { } replacement || ReferenceEquals(replacement, mentions[i])) continue;
            replaced ??= [.. mentions];
            replaced[i] = replacement;
        }

        return replaced ?? mentions;
    }

    /// <summary>
    /// Gives <paramref name="label"/> to every person, place or organization mention of <paramref name="mentions"/> whose text is
    /// one of <paramref name="names"/>, in place: a name a rule has read as of that label is so in the whole document, except a
    /// place its own sentence sets in another place (<see cref="SetInAPlace"/>: <c>la marque Vichy</c> … <c>à Vichy, dans
    /// l'Allier</c>).
    /// </summary>
    public static void RelabelNames(string text, List<EntityMention> mentions, IReadOnlySet<string> names, EntityLabel label)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Label != label && m.Label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Organization && names.Contains(m.Text)
                && !(m.Label == EntityLabel.Location && SetInAPlace(text, mentions, i)))
            {
                mentions[i] = m with { Label = label };
            }
        }
    }

    /// <summary>
    /// Whether place mention <paramref name="i"/> is followed by the larger place it lies in: <c>, dans l'Allier</c>, <c>, en
    /// Haute-Savoie</c>, <c>, au Québec</c>, <c> (Allier)</c>, the next mention a place.
    /// </summary>
    private static bool SetInAPlace(string text, List<EntityMention> mentions, int i)
    {
        if (i + 1 >= mentions.Count || mentions[i + 1].Label != EntityLabel.Location) return false;
        var between = text.AsSpan(mentions[i].End, mentions[i + 1].Start - mentions[i].End).Trim();
        if (between is "(") return true;
        if (between.Length < 3 || between[0] != ',') return false;
        between = between[1..].TrimStart();
        foreach (string opener in PlaceOpeners)
        {
            if (between.Equals(opener, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>What stands between a place and the larger place it lies in, after the comma.</summary>
    private static readonly string[] PlaceOpeners = ["dans le", "dans la", "dans l'", "dans l’", "dans les", "en", "au", "aux", "près de", "près d'", "près d’"];

    /// <summary>What a refiner makes of a mention.</summary>
    public interface IRule
    {
        /// <summary>The mention that replaces <paramref name="mentions"/>[<paramref name="index"/>], or <see langword="null"/> to keep it.</summary>
        EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index);
    }
}
