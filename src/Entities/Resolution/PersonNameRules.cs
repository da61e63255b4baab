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
        if (people.Count < 2) return;

        // Every proper prefix and suffix (in words) of every person form → the mentions it abbreviates. A mention's current
        // group is looked up when needed, so merges and moves made along the way are seen, as with a scan of the members.
        var abbreviated = new Dictionary<string, List<AnalyzedMention>>(StringComparer.Ordinal);
        var formsOfKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in people)
        {
            foreach (var member in group.Members) Register(abbreviated, formsOfKey, member);
        }

        var roots = new HashSet<MentionGroup>(people.Where(group => !AbbreviatedGroups(abbreviated, group.Longest.Key, groups).Any(other => !ReferenceEquals(other, group))));
        foreach (var shortForm in people.Where(group => !roots.Contains(group)))
        {
            var longest = shortForm.Longest;
            int letters = 0;
            foreach (string word in longest.Words) letters += word.Length;
            if (letters < 2) continue;
            var candidates = AbbreviatedGroups(abbreviated, longest.Key, groups).Where(root => roots.Contains(root) && shortForm.IsCompatibleWith(root)).ToList();
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

    private static void Register(Dictionary<string, List<AnalyzedMention>> abbreviated, Dictionary<string, string[]> formsOfKey, AnalyzedMention member)
    {
        // The proper prefixes and suffixes depend on the key only (the words are the key split at spaces): build them once per key.
        if (!formsOfKey.TryGetValue(member.Key, out var forms))
        {
            var full = member.Words;
            forms = new string[2 * Math.Max(0, full.Length - 1)];
            for (int length = 1; length < full.Length; length++)
            {
                forms[2 * (length - 1)] = string.Join(' ', full, 0, length);
                forms[2 * (length - 1) + 1] = string.Join(' ', full, full.Length - length, length);
            }

            formsOfKey[member.Key] = forms;
        }

        foreach (string words in forms)
        {
            if (!abbreviated.TryGetValue(words, out var owners)) abbreviated[words] = owners = [];
            if (owners.Count == 0 || !ReferenceEquals(owners[^1], member)) owners.Add(member);
        }
    }

    /// <summary>The current groups of the mentions whose proper prefixes or suffixes include <paramref name="key"/> (a whole key: words joined by spaces).</summary>
    private static IEnumerable<MentionGroup> AbbreviatedGroups(Dictionary<string, List<AnalyzedMention>> abbreviated, string key, MentionGroups groups)
    {
        if (key.Length == 0 || !abbreviated.TryGetValue(key, out var owners)) return [];
        return owners.Select(owner => groups.GroupOf(owner.Index)).Distinct();
    }
}
