namespace Entities.Resolution;

/// <summary>
/// Repairs an obvious label disagreement between groups whose names are identical: a group joins a group of another label
/// when both have exactly the same set of matching forms and either the other group has more mentions, or the alias table
/// knows the name under the other label only (never applied to a person group: people are often named after places,
/// <c>Jordan</c>, <c>Florence</c>), or (for a person group) a person title introduces the group's mentions.
/// Anything less clear-cut stays apart: <c>Paris</c> (LOC) never joins <c>Paris Hilton</c> (PER), whose forms differ.
/// </summary>
internal static class LabelReconciliation
{
    public static void Apply(MentionGroups groups, AliasResolverProfile profile)
    {
        foreach (var group in groups.Live.OrderBy(group => group.Members.Count))
        {
            if (group.Members.Count == 0 || group.TableEntry is not null) continue;
            var keys = group.Keys.ToHashSet(StringComparer.Ordinal);
            var candidates = groups.Live
                .Where(other => other.Label != group.Label && other.Members.Count > 0 && other.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(keys))
                .ToList();
            if (candidates.Count != 1) continue;
            var target = candidates[0];
            bool larger = target.Members.Count > group.Members.Count;
            bool tableSaysSo = group.Label != EntityLabel.Person && target.TableEntry is not null && keys.All(key => profile.AliasTable.GetEntriesByKey(key).All(entry => entry.Label == target.Label));
            bool titled = target.Label == EntityLabel.Person && group.Members.TrueForAll(member => member.HasTitle);
            if (larger || tableSaysSo || titled) groups.Merge(target, group);
        }
    }
}
