using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Roles;

/// <summary>
/// Splits a document's person entity when two of its mentions write the same full name and hold roles one person cannot hold
/// together: roles in different professional fields (<c>le footballeur lavallois Thierry Vasseur</c> … <c>le cardiologue
/// Thierry Vasseur</c>), or the same role in two places or organizations (<c>Jean Martin, maire de Brest</c> … <c>Jean
/// Martin, maire de Quimper</c>). A role with a qualifier (<c>ancien</c>, <c>ex</c>, <c>futur</c>) is another time of the
/// same life and decides nothing; nor does a pair of mentions that also share a field or a role in one place. Each group of
/// compatible role-bearing mentions becomes an entity; a mention without a role joins the group of the nearest role-bearing
/// mention before it (the first group when none comes before). The text may also say it: two mentions of one full name with a
/// homonym cue before the second (<c>son homonyme</c>, <c>porte le même nom que</c>) are two people. The resolver, which sees
/// no roles, joins such mentions by their name; this is the one place that parts them. Pure functions of their arguments.
/// </summary>
internal static class NamesakeSplitter
{
    /// <summary>
    /// Whether some entity of <paramref name="result"/> is to be split by <paramref name="roles"/> (read on its mentions) or by a
    /// homonym cue of <paramref name="text"/> (<paramref name="homonymCues"/>, normalized: <see cref="NormalizeCues"/>).
    /// </summary>
    public static bool Splits(string text, ExtractionResult result, IReadOnlyList<PersonRole> roles, string[] homonymCues)
    {
        if (roles.Count < 2 && homonymCues.Length == 0) return false;
        var members = result.Entities.Select(entity => (entity.Label, entity.MentionIndices)).ToList();
        if (!AnyCandidate(result.Mentions, members)) return false;   // most documents: no person written twice in full
        var entityOf = EntityOf(result.Mentions.Count, members);

        var byMention = ByMention(roles);
        for (int e = 0; e < result.Entities.Count; e++)
        {
            var entity = result.Entities[e];
            if (entity.Label == EntityLabel.Person && Groups(text, result.Mentions, entity.MentionIndices, byMention, entityOf, homonymCues) is not null) return true;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="resolved"/> with each person entity split as <see cref="NamesakeSplitter"/> says; the same list when none
    /// is. A split entity keeps its keys and label; its groups take its place in the list, in order.
    /// </summary>
    public static IReadOnlyList<ResolvedEntity> Apply(string text, IReadOnlyList<EntityMention> mentions, IReadOnlyList<ResolvedEntity> resolved, IReadOnlyList<PersonRole> roles, string[] homonymCues)
    {
        if (roles.Count < 2 && homonymCues.Length == 0) return resolved;
        var members = resolved.Select(entity => (entity.Label, entity.MentionIndices)).ToList();
        if (!AnyCandidate(mentions, members)) return resolved;
        var entityOf = EntityOf(mentions.Count, members);

        var byMention = ByMention(roles);
        List<ResolvedEntity>? result = null;
        for (int e = 0; e < resolved.Count; e++)
        {
            var entity = resolved[e];
            if (entity.Label == EntityLabel.Person && Groups(text, mentions, entity.MentionIndices, byMention, entityOf, homonymCues) is var (groups, byCue))
            {
                result ??= [.. resolved.Take(e)];
                result.AddRange(groups.Select(group => Part(entity, group, mentions, byCue)));
            }
            else
            {
                result?.Add(entity);
            }
        }

        return result is null ? resolved : result;
    }

    /// <summary>Whether some person entity writes a full name twice (the only ones either rule parts).</summary>
    private static bool AnyCandidate(IReadOnlyList<EntityMention> mentions, List<(EntityLabel Label, IReadOnlyList<int> Members)> entities) =>
        entities.Exists(entity => entity.Label == EntityLabel.Person && HasTwoFullNames(mentions, entity.Members));

    /// <summary>The entity of each mention (-1 for none).</summary>
    private static int[] EntityOf(int mentionCount, List<(EntityLabel Label, IReadOnlyList<int> Members)> entities)
    {
        var entityOf = new int[mentionCount];
        Array.Fill(entityOf, -1);
        for (int e = 0; e < entities.Count; e++)
        {
            foreach (int m in entities[e].Members) entityOf[m] = e;
        }

        return entityOf;
    }

    /// <summary>The roles of each person mention, without those a qualifier places at another time.</summary>
    private static Dictionary<int, List<PersonRole>> ByMention(IReadOnlyList<PersonRole> roles)
    {
        var byMention = new Dictionary<int, List<PersonRole>>();
        foreach (var role in roles)
        {
            if (role.Qualifier is not null) continue;
            if (!byMention.TryGetValue(role.PersonMention, out var list)) byMention[role.PersonMention] = list = [];
            list.Add(role);
        }

        return byMention;
    }

    /// <summary>Cue phrases as the splitter compares them: trimmed, lower case, straight apostrophes, no repeats.</summary>
    /// <exception cref="ArgumentException">A cue is empty or too long.</exception>
    public static string[] NormalizeCues(IEnumerable<string> cues) => CueWindow.Normalize(cues, nameof(cues));

    /// <summary>How far before the first of two namesakes a homonym cue is read (<c>deux élues homonymes, Nadine Perrot … et Nadine Perrot</c>).</summary>
    private const int CueReach = 200;

    /// <summary>
    /// The groups of an entity's mentions (each ascending, in order of their first mention), and whether a homonym cue alone
    /// made them; null when the entity stays whole.
    /// </summary>
    private static (List<List<int>> Groups, bool ByCue)? Groups(string text, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> members, Dictionary<int, List<PersonRole>> byMention, int[] entityOf, string[] homonymCues)
    {
        if (!HasTwoFullNames(mentions, members)) return null;
        if (RoleGroups(mentions, members, byMention, entityOf) is { } byRoles) return (byRoles, false);
        return CueGroups(text, mentions, members, homonymCues) is { } byCue ? (byCue, true) : null;
    }

    /// <summary>Whether two of the members write a name of several words (both rules part only such mentions): a cheap first test.</summary>
    private static bool HasTwoFullNames(IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> members)
    {
        int full = 0;
        foreach (int m in members)
        {
            if (mentions[m].Text.Contains(' ') && ++full == 2) return true;
        }

        return false;
    }

    /// <summary>
    /// Two people the text says share a name: exactly two of the entity's mentions write one full name, and a homonym cue stands
    /// before the second (<c>Thomas Régnier … a devancé son homonyme lorrain Thomas Régnier</c>, <c>porte le même nom que l'ancien
    /// entraîneur, Alain Mercier</c>), from <see cref="CueReach"/> characters before the first. The mentions before the second are
    /// the first person's, the others the second's.
    /// </summary>
    private static List<List<int>>? CueGroups(string text, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> members, string[] homonymCues)
    {
        if (homonymCues.Length == 0 || members.Count < 2) return null;
        int first = -1, second = -1;
        string? name = null;
        foreach (int m in members)
        {
            if (mentions[m].Text.IndexOf(' ') < 0) continue;
            string folded = TextFolding.Fold(mentions[m].Text);
            if (name is null) (name, first) = (folded, m);
            else if (folded != name) return null;   // several full names: not two namesakes of one
            else if (second < 0) second = m;
            else return null;                       // three: which two is unclear
        }

        if (second < 0) return null;
        int from = Math.Max(0, mentions[first].Start - CueReach);
        if (!CueWindow.AnyAround(text, from, mentions[second].Start, 0, homonymCues)) return null;
        List<int> before = [], after = [];
        foreach (int m in members) (m < second ? before : after).Add(m);
        return [before, after];
    }

    /// <summary>The groups of an entity's mentions by their roles, or null when the roles leave it whole.</summary>
    private static List<List<int>>? RoleGroups(IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> members, Dictionary<int, List<PersonRole>> byMention, int[] entityOf)
    {
        List<List<int>>? groups = null;
        foreach (int m in members)
        {
            if (!byMention.ContainsKey(m)) continue;
            groups ??= [];
            var home = groups.Find(group => group.TrueForAll(other => !Conflict(mentions, m, other, byMention, entityOf)));
            if (home is null) groups.Add([m]);
            else home.Add(m);
        }

        if (groups is null || groups.Count < 2) return null;

        // The mentions without a role follow the nearest role-bearing mention before them.
        var groupOf = new Dictionary<int, List<int>>();
        foreach (var group in groups)
        {
            foreach (int m in group) groupOf[m] = group;
        }

        List<int>? current = null;
        var first = groupOf[members.First(groupOf.ContainsKey)];
        foreach (int m in members)
        {
            if (groupOf.TryGetValue(m, out var group)) current = group;
            else (current ?? first).Add(m);
        }

        foreach (var group in groups) group.Sort();
        groups.Sort((a, b) => a[0].CompareTo(b[0]));
        return groups;
    }

    /// <summary>
    /// Whether mentions <paramref name="a"/> and <paramref name="b"/> (both with roles) are two people: the same full name as
    /// written (folded), a pair of roles in different fields or the same role in different places, and no pair that agrees.
    /// </summary>
    private static bool Conflict(IReadOnlyList<EntityMention> mentions, int a, int b, Dictionary<int, List<PersonRole>> byMention, int[] entityOf)
    {
        string name = mentions[a].Text;
        if (name.IndexOf(' ') < 0 || !TextFolding.Fold(name).Equals(TextFolding.Fold(mentions[b].Text), StringComparison.Ordinal)) return false;
        bool conflict = false;
        foreach (var x in byMention[a])
        {
            foreach (var y in byMention[b])
            {
                bool sameRole = TextFolding.Fold(x.Role).Equals(TextFolding.Fold(y.Role), StringComparison.Ordinal);
                string? whereX = Where(x, mentions, entityOf), whereY = Where(y, mentions, entityOf);
                bool elsewhere = sameRole && whereX is not null && whereY is not null && whereX != whereY;
                if (elsewhere || (x.Field is not null && y.Field is not null && x.Field != y.Field))
                {
                    conflict = true;
                }
                else if (sameRole || (x.Field is not null && x.Field == y.Field))
                {
                    return false;   // one pair agrees: one person
                }
            }
        }

        return conflict;
    }

    /// <summary>Where a role is held: its target's entity (or folded text when it has none), else its country, else null.</summary>
    private static string? Where(PersonRole role, IReadOnlyList<EntityMention> mentions, int[] entityOf) =>
        role.TargetMention is int t ? (entityOf[t] >= 0 ? "#" + entityOf[t] : TextFolding.Fold(mentions[t].Text)) : role.Place;

    /// <summary>
    /// The entity of one group: the same label and keys, the aliases its mentions write, its name among them. A group the text
    /// alone parted (<paramref name="byCue"/>) keeps only its attribute keys (gender, given name): nothing tells which of the two
    /// people another document's namesake is, so neither joins anyone by that name (a group parted by roles links by them:
    /// <c>LinkCandidates.PlacedAs</c>).
    /// </summary>
    private static ResolvedEntity Part(ResolvedEntity entity, List<int> group, IReadOnlyList<EntityMention> mentions, bool byCue)
    {
        var aliases = new List<AliasCount>();
        foreach (var alias in entity.Aliases)
        {
            int count = group.Count(m => mentions[m].Text == alias.Alias);
            if (count > 0) aliases.Add(new AliasCount(alias.Alias, count));
        }

        if (aliases.Count == 0) aliases.Add(new AliasCount(mentions[group[0]].Text, group.Count));
        string name = aliases.Exists(a => a.Alias == entity.CanonicalName) ? entity.CanonicalName : aliases.MaxBy(a => a.Count).Alias;
        string documentName = aliases.Exists(a => a.Alias == entity.DocumentName) ? entity.DocumentName : name;
        int canonical = aliases.FindIndex(a => a.Alias == name);
        if (canonical > 0) (aliases[0], aliases[canonical]) = (aliases[canonical], aliases[0]);
        var keys = byCue ? entity.Keys.Where(key => Linking.LinkCandidates.AttributeKinds.Contains(Linking.MatchingKey.KindOf(key))).ToArray() : entity.Keys;
        return new ResolvedEntity(entity.Label, name, aliases, keys, group) { DocumentName = documentName };
    }
}
