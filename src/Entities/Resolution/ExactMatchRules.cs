namespace Entities.Resolution;

/// <summary>
/// The safest merges: mentions of one label with the same matching form (<c>Kim Jong-un</c> = <c>Kim Jong Un</c>,
/// <c>l'Otan</c> = <c>OTAN</c>), and mentions of one label naming the same alias-table entry (<c>OTAN</c> = <c>NATO</c>).
/// A table entry is a candidate, not a verdict: two person groups of the same entry whose titles give different genders are not
/// merged, and the one-word form among them loses the entry (<c>Mme Macron</c> beside <c>le président Emmanuel Macron</c>).
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
            if (!byEntry.TryGetValue(entry, out var sameEntry)) byEntry[entry] = group;
            else if (group.Label != EntityLabel.Person || !group.HasOtherGenderThan(sameEntry)) groups.Merge(sameEntry, group);
            else if (group.Longest.WordCount == 1) group.RefuseTableEntry();
            else if (sameEntry.Longest.WordCount == 1)
            {
                sameEntry.RefuseTableEntry();
                byEntry[entry] = group;
            }
        }

        byEntry.Clear();
    }
}
