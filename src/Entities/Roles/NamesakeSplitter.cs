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
/// mention before it (the first group when none comes before). The resolver, which sees no roles, joins such mentions by their
/// name; this is the one place that parts them. Pure functions of their arguments.
/// </summary>
internal static class NamesakeSplitter
{
    /// <summary>Whether some entity of <paramref name="result"/> is to be split by <paramref name="roles"/> (read on its mentions).</summary>
    public static bool Splits(ExtractionResult result, IReadOnlyList<PersonRole> roles)
    {
        if (roles.Count < 2) return false;
        var entityOf = new int[result.Mentions.Count];
        Array.Fill(entityOf, -1);
        for (int e = 0; e < result.Entities.Count; e++)
        {
            foreach (int m in result.Entities[e].MentionIndices) entityOf[m] = e;
        }

        var byMention = ByMention(roles);
        for (int e = 0; e < result.Entities.Count; e++)
        {
            var entity = result.Entities[e];
            if (entity.Label == EntityLabel.Person && Groups(result.Mentions, entity.MentionIndices, byMention, entityOf) is not null) return true;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="resolved"/> with each person entity split as <see cref="NamesakeSplitter"/> says; the same list when none
    /// is. A split entity keeps its keys and label; its groups take its place in the list, in order.
    /// </summary>
    public static IReadOnlyList<ResolvedEntity> Apply(IReadOnlyList<EntityMention> mentions, IReadOnlyList<ResolvedEntity> resolved, IReadOnlyList<PersonRole> roles)
    {
        if (roles.Count < 2) return resolved;
        var entityOf = new int[mentions.Count];
        Array.Fill(entityOf, -1);
        for (int e = 0; e < resolved.Count; e++)
        {
            foreach (int m in resolved[e].MentionIndices) entityOf[m] = e;
        }

        var byMention = ByMention(roles);
        List<ResolvedEntity>? result = null;
        for (int e = 0; e < resolved.Count; e++)
        {
            var entity = resolved[e];
            if (entity.Label == EntityLabel.Person && Groups(mentions, entity.MentionIndices, byMention, entityOf) is { } groups)
            {
                result ??= [.. resolved.Take(e)];
                result.AddRange(groups.Select(group => Part(entity, group, mentions)));
            }
            else
            {
                result?.Add(entity);
            }
        }

        return result is null ? resolved : result;
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

    /// <summary>The groups of an entity's mentions (each ascending, in order of their first mention), or null when it stays whole.</summary>
    private static List<List<int>>? Groups(IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> members, Dictionary<int, List<PersonRole>> byMention, int[] entityOf)
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

    /// <summary>The entity of one group: the same label and keys, the aliases its mentions write, its name among them.</summary>
    private static ResolvedEntity Part(ResolvedEntity entity, List<int> group, IReadOnlyList<EntityMention> mentions)
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
        return new ResolvedEntity(entity.Label, name, aliases, entity.Keys, group) { DocumentName = documentName };
    }
}
