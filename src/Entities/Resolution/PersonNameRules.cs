namespace Entities.Resolution;

/// <summary>
/// Joins short forms of person names to the full name they abbreviate, within one document.
/// <para>A person group is a <em>root</em> when its longest form is not a proper prefix or suffix (in words of the matching
/// form) of another person group's form. Any other person group is a short form: <c>Rutte</c> (suffix of <c>Mark Rutte</c>),
/// <c>Kim Jong</c> (prefix of <c>Kim Jong-un</c>), <c>Emmanuel</c> (prefix of <c>Emmanuel Macron</c>).</para>
/// <para>A short form joins the root it abbreviates when that root is unique. When several roots fit (<c>Le Pen</c> with
/// <c>Marine Le Pen</c> and <c>Jean-Marie Le Pen</c>) the short form stays apart, except that a single mention whose title
/// gives a gender (<c>Mme Le Pen</c>) joins the only fitting root of that gender if every other fitting root has the other
/// gender. Precision first: a wrong merge costs more than a missed one.</para>
/// </summary>
internal static class PersonNameRules
{
    public static void Apply(MentionGroups groups)
    {
        var people = groups.Live.Where(group => group.Label == EntityLabel.Person).ToList();
        var roots = people.Where(group => !people.Exists(other => !ReferenceEquals(other, group) && Abbreviates(group.Longest.Words, other))).ToList();
        foreach (var shortForm in people.Where(group => !roots.Contains(group)))
        {
            var words = shortForm.Longest.Words;
            if (words.Sum(word => word.Length) < 2) continue;
            var candidates = roots.Where(root => Abbreviates(words, root) && shortForm.IsCompatibleWith(root)).ToList();
            if (candidates.Count == 1)
            {
                groups.Merge(candidates[0], shortForm);
                continue;
            }

            if (candidates.Count > 1) SplitByGender(groups, shortForm, candidates);
        }
    }

    private static void SplitByGender(MentionGroups groups, MentionGroup shortForm, List<MentionGroup> candidates)
    {
        var genders = candidates.Select(candidate => candidate.Gender).ToList();
        if (genders.Contains(PersonGender.Unknown)) return;
        foreach (var member in shortForm.Members.ToList())
        {
            if (member.Gender == PersonGender.Unknown) continue;
            var matching = candidates.Where(candidate => candidate.Gender == member.Gender).ToList();
            if (matching.Count == 1) groups.Move(member, matching[0]);
        }
    }

    /// <summary>Whether <paramref name="words"/> is a proper prefix or suffix of one of <paramref name="group"/>'s forms.</summary>
    private static bool Abbreviates(string[] words, MentionGroup group)
    {
        foreach (var member in group.Members)
        {
            var full = member.Words;
            if (words.Length == 0 || words.Length >= full.Length) continue;
            if (full.AsSpan(0, words.Length).SequenceEqual(words) || full.AsSpan(full.Length - words.Length).SequenceEqual(words)) return true;
        }

        return false;
    }
}
