using System.Runtime.InteropServices;

namespace Entities.Resolution;

/// <summary>
/// The safest merges: mentions of one label with the same matching form (<c>Kim Jong-un</c> = <c>Kim Jong Un</c>,
/// <c>l'Otan</c> = <c>OTAN</c>), and mentions of one label naming the same alias-table entry (<c>OTAN</c> = <c>NATO</c>).
/// </summary>
internal static class ExactMatchRules
{
    public static void Apply(MentionGroups groups)
    {
        // Same label and same key: one ordinal dictionary per label (a string key hashes faster than a (label, key) tuple).
        var live = groups.Live;
        var byLabel = new List<(EntityLabel Label, Dictionary<string, MentionGroup> ByKey)>(4);
        foreach (var group in live)
        {
            var member = group.Members[0];
            var sameLabel = KeysOf(byLabel, member.Label);
            ref var sameKey = ref CollectionsMarshal.GetValueRefOrAddDefault(sameLabel, member.Key, out bool exists);
            if (!exists) sameKey = group;
            else groups.Merge(sameKey!, group); // a failed merge leaves the first group in place, as TryAdd did
        }

        Dictionary<AliasEntry, MentionGroup>? byEntry = null;
        foreach (var group in groups.Live)
        {
            if (group.TableEntry is not { } entry) continue;
            byEntry ??= new Dictionary<AliasEntry, MentionGroup>(ReferenceEqualityComparer.Instance);
            if (byEntry.TryGetValue(entry, out var sameEntry)) groups.Merge(sameEntry, group);
            else byEntry[entry] = group;
        }
    }

    /// <summary>The key dictionary of <paramref name="label"/> (a list scan: there are only a few labels).</summary>
    private static Dictionary<string, MentionGroup> KeysOf(List<(EntityLabel Label, Dictionary<string, MentionGroup> ByKey)> byLabel, EntityLabel label)
    {
        foreach (var (known, byKey) in byLabel)
        {
            if (known == label) return byKey;
        }

        var created = new Dictionary<string, MentionGroup>(StringComparer.Ordinal);
        byLabel.Add((label, created));
        return created;
    }
}
