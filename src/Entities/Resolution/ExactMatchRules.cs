namespace Entities.Resolution;

/// <summary>
/// The safest merges: mentions of one label with the same matching form (<c>Kim Jong-un</c> = <c>Kim Jong Un</c>,
/// <c>l'Otan</c> = <c>OTAN</c>), and mentions of one label naming the same alias-table entry (<c>OTAN</c> = <c>NATO</c>).
/// </summary>
internal static class ExactMatchRules
{
    public static void Apply(MentionGroups groups)
    {
        var byKey = new Dictionary<(EntityLabel, string), MentionGroup>();
        var byEntry = new Dictionary<AliasEntry, MentionGroup>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups.Live)
        {
            var member = group.Members[0];
            if (byKey.TryGetValue((member.Label, member.Key), out var sameKey) && groups.Merge(sameKey, group)) continue;
            byKey.TryAdd((member.Label, member.Key), group);
        }

        foreach (var group in groups.Live)
        {
            if (group.TableEntry is not { } entry) continue;
            if (byEntry.TryGetValue(entry, out var sameEntry)) groups.Merge(sameEntry, group);
            else byEntry[entry] = group;
        }
    }
}
