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
        // Groups only ever merge with groups of exactly the same set of forms, so that set (as one string) indexes the candidates.
        var live = groups.Live;
        if (!groups.AnyKeyUnderTwoLabels()) return;
        var signatureOf = new Dictionary<MentionGroup, string>(ReferenceEqualityComparer.Instance);
        var bySignature = new Dictionary<string, List<MentionGroup>>(StringComparer.Ordinal);
        foreach (var group in live)
        {
            string signature = string.Join('\u0001', group.Keys.Order(StringComparer.Ordinal));
            signatureOf[group] = signature;
            if (!bySignature.TryGetValue(signature, out var same)) bySignature[signature] = same = [];
            same.Add(group);
        }

        foreach (var group in live.OrderBy(group => group.Members.Count))
        {
            if (group.Members.Count == 0 || group.TableEntry is not null) continue;
            var sameForms = bySignature[signatureOf[group]];
            if (sameForms.Count < 2) continue;
            var keys = group.Keys.ToHashSet(StringComparer.Ordinal);
            var candidates = sameForms.Where(other => other.Label != group.Label && other.Members.Count > 0).Take(2).ToList();
            if (candidates.Count != 1) continue;
            var target = candidates[0];
            bool larger = target.Members.Count > group.Members.Count;
            bool tableSaysSo = group.Label != EntityLabel.Person && target.TableEntry is not null && keys.All(key => profile.AliasTable.GetEntriesByKey(key).All(entry => entry.Label == target.Label));
            bool titled = target.Label == EntityLabel.Person && group.Members.TrueForAll(member => member.HasTitle);
            if (larger || tableSaysSo || titled) groups.Merge(target, group);
        }
    }
}
