using System.Runtime.InteropServices;

namespace Entities.Resolution;

/// <summary>
/// Joins short forms of person names to the full name they abbreviate, within one document.
/// <para>A person group is a <em>root</em> when its longest form is not a proper prefix or suffix (in words of the matching
/// form) of another person group's form. Any other person group is a short form: <c>Rutte</c> (suffix of <c>Mark Rutte</c>),
/// <c>Kim Jong</c> (prefix of <c>Kim Jong-un</c>), <c>Emmanuel</c> (prefix of <c>Emmanuel Macron</c>).</para>
/// <para>A given name alone that <see cref="KinshipNames"/> gave a surname counts as a full name of that surname
/// (<c>son épouse Melania</c> after <c>le président Trump</c>), except for the short form it was read from.</para>
/// <para>A short form joins the root it abbreviates when that root is unique. When several roots fit (<c>Le Pen</c> with
/// <c>Marine Le Pen</c> and <c>Jean-Marie Le Pen</c>) the short form stays apart, except that a single mention whose title
/// gives a gender (<c>Mme Le Pen</c>) joins the only fitting root of that gender if every other fitting root has the other
/// gender, or whose role title one fitting root bears alone (<c>l'ancien président Biden</c> with <c>l'ancien président Joe
/// Biden</c> and <c>Hunter Biden</c>); and a short form whose title gives one gender never joins a root whose title gives the
/// other (<c>M. Obama</c> and <c>son épouse Michelle Obama</c>). Precision first: a wrong merge costs more than a missed one.</para>
/// <para>First, a person group whose mentions' titles give both genders (<c>M. Durand a croisé Mme Durand</c>: one form, two
/// people) is split: the mentions of the other gender than its first gendered mention leave for a group of their own.</para>
/// </summary>
internal static class PersonNameRules
{
    public static void Apply(MentionGroups groups, AliasResolverProfile profile)
    {
        SplitGenders(groups);
        var live = groups.Live;
        int personCount = 0;
        foreach (var group in live) if (group.Label == EntityLabel.Person) personCount++;
        if (personCount < 2) return;
        var people = groups.Work.People;
        people.Clear();
        foreach (var group in live) if (group.Label == EntityLabel.Person) people.Add(group);

        // The forms looked up below are the longest forms of the person groups as they are now (a short form is looked up before
        // it changes, and only roots grow), so only the prefixes and suffixes equal to one of them need their owners.
        var abbreviated = groups.Work.Abbreviated;
        abbreviated.Clear();
        foreach (var group in people)
        {
            string key = group.Longest.Key;
            if (key.Length > 0) abbreviated.TryAdd(key, default);
        }

        // Every such proper prefix and suffix (in words) of every person form → the mentions it abbreviates. A mention's current
        // group is looked up when needed, so merges and moves made along the way are seen, as with a scan of the members.
        var byForm = abbreviated.GetAlternateLookup<ReadOnlySpan<char>>();
        bool anyOwner = false;
        foreach (var group in people)
        {
            foreach (var member in group.Members) anyOwner |= Register(byForm, member, profile);

            // A given name alone with the surname the text gave it (KinshipNames) is a full name of that surname.
            if (group.KinSurname is { } kin) anyOwner |= AddOwner(byForm, kin, group.Members[0]);
        }

        if (!anyOwner) return; // every group is a root: nothing to join
        foreach (var group in people) group.IsPersonRoot = IsRoot(abbreviated, group, groups);

        List<MentionGroup>? candidates = null;
        foreach (var shortForm in people)
        {
            if (shortForm.IsPersonRoot) continue;
            var longest = shortForm.Longest;
            int letters = longest.Key.Length - Math.Max(0, longest.WordCount - 1); // the key without its spaces
            if (letters < 2) continue;
            FittingRoots(abbreviated, longest.Key, groups, shortForm, candidates ??= []);
            if (candidates.Count == 1)
            {
                // A short form and a full name whose titles give different genders are two people (M. Obama, son épouse
                // Michelle Obama): precision first.
                if (!shortForm.HasOtherGenderThan(candidates[0])) groups.Merge(candidates[0], shortForm);
                continue;
            }

            if (candidates.Count > 1)
            {
                SplitByGender(groups, shortForm, candidates);
                SplitByRole(groups, shortForm, candidates);
            }
        }
    }

    /// <summary>Splits the person groups whose members' titles give both genders: the second gender's mentions form a group.</summary>
    private static void SplitGenders(MentionGroups groups)
    {
        List<AnalyzedMention>? others = null;
        foreach (var group in groups.Live)
        {
            if (group.Label != EntityLabel.Person || group.Members.Count < 2) continue;
            var first = PersonGender.Unknown;
            foreach (var member in group.Members)
            {
                if (member.Gender == PersonGender.Unknown) continue;
                if (first == PersonGender.Unknown) first = member.Gender;
                else if (member.Gender != first) (others ??= []).Add(member);
            }

            if (others is not { Count: > 0 }) continue;
            var split = groups.Detach(others[0]);
            for (int i = 1; i < others.Count; i++) groups.Move(others[i], split);
            others.Clear();
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

    /// <summary>
    /// Moves each mention of <paramref name="shortForm"/> whose title is a role, not an honorific (<c>l'ancien président
    /// Biden</c>), to the one fitting root a mention of which bears the same title (<c>l'ancien président Joe Biden</c>, beside
    /// his son <c>Hunter Biden</c>), unless their genders differ.
    /// </summary>
    private static void SplitByRole(MentionGroups groups, MentionGroup shortForm, List<MentionGroup> candidates)
    {
        if (!shortForm.Members.Exists(member => member.Title is { IsHonorific: false })) return;
        foreach (var member in shortForm.Members.ToList())
        {
            if (member.Title is not { IsHonorific: false } role) continue;
            MentionGroup? match = null;
            int count = 0;
            foreach (var candidate in candidates)
            {
                if (!candidate.Members.Exists(other => other.Title == role)) continue;
                match = candidate;
                count++;
            }

            var gender = match?.Gender ?? PersonGender.Unknown;
            if (count == 1 && (member.Gender == PersonGender.Unknown || gender == PersonGender.Unknown || gender == member.Gender)) groups.Move(member, match!);
        }
    }

    /// <summary>Whether the word before the last <paramref name="suffixLength"/> characters of <paramref name="key"/> is a particle.</summary>
    private static bool AfterParticle(string key, int suffixLength, AliasResolverProfile profile)
    {
        int end = key.Length - suffixLength - 1; // the space before the suffix
        if (end <= 0) return false;
        int start = key.LastIndexOf(' ', end - 1) + 1;
        return profile.IsPatronymicParticle(key.AsSpan(start, end - start));
    }

    /// <summary>Adds <paramref name="member"/> to the owners of its proper prefixes and suffixes that are looked up; whether there was one.</summary>
    /// <remarks>
    /// A suffix right after a patronymic particle (<c>salmane</c> of <c>mohammed ben salmane</c>) names the father: not registered;
    /// nor the prefixes of a name ending with a generation suffix (<c>donald trump</c> of <c>donald trump jr</c>).
    /// </remarks>
    private static bool Register(Dictionary<string, Owners>.AlternateLookup<ReadOnlySpan<char>> byForm, AnalyzedMention member, AliasResolverProfile profile)
    {
        // The proper prefixes and suffixes in words of the key, as parts of the key (the words are the key split at spaces).
        // Donald Trump Jr.: its prefixes (Donald Trump) name the father as well as the son, so they abbreviate neither here.
        bool any = false;
        bool prefixes = !profile.IsGenerationSuffix(TextSlice.LastWords(member.Key, 1).Span);
        for (int length = 1; length < member.WordCount; length++)
        {
            if (prefixes) any |= AddOwner(byForm, TextSlice.FirstWords(member.Key, length).Span, member);
            var suffix = TextSlice.LastWords(member.Key, length).Span;
            if (AfterParticle(member.Key, suffix.Length, profile)) continue;
            any |= AddOwner(byForm, suffix, member);
        }

        return any;
    }

    /// <summary>Adds <paramref name="member"/> to the owners of <paramref name="form"/> when that form is looked up; whether it is.</summary>
    private static bool AddOwner(Dictionary<string, Owners>.AlternateLookup<ReadOnlySpan<char>> byForm, ReadOnlySpan<char> form, AnalyzedMention member)
    {
        ref var owners = ref CollectionsMarshal.GetValueRefOrNullRef(byForm, form);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref owners)) return false;
        if (owners.Count == 0 || !ReferenceEquals(owners.Last, member)) owners.Add(member);
        return true;
    }

    /// <summary>The mentions a form abbreviates, in order of registration: the first inline, the others in a list made only when needed.</summary>
    internal struct Owners
    {
        private AnalyzedMention? first;
        private List<AnalyzedMention>? rest;

        public readonly int Count => first is null ? 0 : 1 + (rest?.Count ?? 0);

        public readonly AnalyzedMention Last => rest is { Count: > 0 } ? rest[^1] : first!;

        public readonly AnalyzedMention this[int index] => index == 0 ? first! : rest![index - 1];

        public void Add(AnalyzedMention mention)
        {
            if (first is null) first = mention;
            else (rest ??= []).Add(mention);
        }
    }

    /// <summary>Whether no other group than <paramref name="group"/> has a mention of which its longest form is a proper prefix or suffix.</summary>
    private static bool IsRoot(Dictionary<string, Owners> abbreviated, MentionGroup group, MentionGroups groups)
    {
        string key = group.Longest.Key;
        if (key.Length == 0 || !abbreviated.TryGetValue(key, out var owners)) return true;
        for (int i = 0; i < owners.Count; i++)
        {
            if (!ReferenceEquals(groups.GroupOf(owners[i].Index), group)) return false;
        }

        return true;
    }

    /// <summary>
    /// Fills <paramref name="candidates"/> with the distinct current groups, in order of first owner, of the mentions abbreviated
    /// by <paramref name="key"/> that are roots compatible with <paramref name="shortForm"/>.
    /// </summary>
    private static void FittingRoots(
        Dictionary<string, Owners> abbreviated, string key, MentionGroups groups, MentionGroup shortForm, List<MentionGroup> candidates)
    {
        candidates.Clear();
        if (key.Length == 0 || !abbreviated.TryGetValue(key, out var owners)) return;
        for (int i = 0; i < owners.Count; i++)
        {
            var group = groups.GroupOf(owners[i].Index);
            if (group.KinSurname is not null && group.KinSource >= 0 && ReferenceEquals(groups.GroupOf(group.KinSource), shortForm)) continue;   // Trump is not his own wife
            if (group.IsPersonRoot && shortForm.IsCompatibleWith(group) && !candidates.Contains(group)) candidates.Add(group);
        }
    }
}
