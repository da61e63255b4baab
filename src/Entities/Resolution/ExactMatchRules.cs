namespace Entities.Resolution;

/// <summary>
/// The safest merges: mentions of one label with the same matching form (<c>Kim Jong-un</c> = <c>Kim Jong Un</c>,
/// <c>l'Otan</c> = <c>OTAN</c>), and mentions of one label naming the same alias-table entry (<c>OTAN</c> = <c>NATO</c>).
/// </summary>
internal static class ExactMatchRules
{
    /// <summary>
    /// Merges the groups naming the same alias-table entry. Mentions of one label with the same key already share a group
    /// (<see cref="MentionGroups"/> starts so).
    /// </summary>
    public static void Apply(MentionGroups groups)
    {
        var byEntry = groups.Work.ByEntry;
        byEntry.Clear();
        foreach (var group in groups.Live)
        {
            if (group.TableEntry is not { } entry) continue;
            if (byEntry.TryGetValue(entry, out var sameEntry)) groups.Merge(sameEntry, group);
            else byEntry[entry] = group;
        }

        byEntry.Clear();
    }
}
