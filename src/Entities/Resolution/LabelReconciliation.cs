using Entities.Knowledge;
using Entities.Pooling;

namespace Entities.Resolution;

/// <summary>
/// Repairs an obvious label disagreement between groups whose names are identical: a group joins a group of another label
/// when both have exactly the same set of matching forms and either the other group has more mentions, or the alias table
/// knows the name under the other label only (never applied to a person group: people are often named after places,
/// <c>Jordan</c>, <c>Florence</c>), or (for a person group) a person title introduces the group's mentions or one of the person
/// group's own mentions (<c>la pianiste Chelsea ... Chelsea se produit</c>).
/// Anything less clear-cut stays apart: <c>Paris</c> (LOC) never joins <c>Paris Hilton</c> (PER), whose forms differ.
/// Then, a one-word group of another label left alone that the alias table does not know and whose every mention a person
/// title or relative introduces is a person (<c>leur fille Chelsea</c>, tagged as the football club; not <c>la maison mère,
/// Eagle Football Group</c>).
/// </summary>
internal static class LabelReconciliation
{
    public static void Apply(MentionGroups groups, AliasResolverProfile profile)
    {
        MergeSameForms(groups, profile);
        foreach (var group in groups.Live)
        {
            if (group.Label != EntityLabel.Person && group.TableEntry is null && group.Longest.WordCount == 1 && group.Members.TrueForAll(member => member.HasTitle))
            {
                groups.Relabel(group, EntityLabel.Person);
            }
        }
    }

    private static void MergeSameForms(MentionGroups groups, AliasResolverProfile profile)
    {
        // Groups only ever merge with groups of exactly the same set of forms, so that set (as one string) indexes the candidates.
        var live = groups.Live;
        if (!groups.AnyKeyUnderTwoLabels()) return;
        var work = groups.Work.Reconciliation;
        work.Clear();
        int count = live.Count;
        var keys = work.Keys;
        var seen = work.Seen;

        // The groups of one signature form a chain, in live order: first of each signature in the map, the next by position.
        var firstOf = work.Chains(count, out var nextOfSame, out var lastOf);
        var firstOfSignature = work.FirstOfSignature;
        for (int p = 0; p < count; p++)
        {
            live[p].DistinctKeys(keys, seen);
            keys.Sort(StringComparer.Ordinal);
            string signature = keys.Count == 1 ? keys[0] : string.Join('\u0001', System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys));
            nextOfSame[p] = -1;
            ref int first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(firstOfSignature, signature, out bool exists);
            if (!exists) first = p;
            else nextOfSame[lastOf[first]] = p;
            lastOf[first] = p;
            firstOf[p] = first;
        }

        // Smallest groups first (their sizes before any merge; equal sizes in live order, as a stable sort): size and position
        // in one number, all distinct.
        var order = work.Order(count);
        for (int p = 0; p < count; p++) order[p] = ((long)live[p].Members.Count << 32) | (uint)p;
        order.AsSpan(0, count).Sort();
        for (int o = 0; o < count; o++)
        {
            int p = (int)(order[o] & uint.MaxValue);
            var group = live[p];
            if (group.Members.Count == 0 || group.TableEntry is not null) continue;
            MentionGroup? target = null;
            int found = 0, sameForms = 0;
            for (int q = firstOf[p]; q >= 0; q = nextOfSame[q])
            {
                sameForms++;
                var other = live[q];
                if (found < 2 && other.Label != group.Label && other.Members.Count > 0)
                {
                    target ??= other;
                    found++;
                }
            }

            if (sameForms < 2 || found != 1) continue;
            bool larger = target!.Members.Count > group.Members.Count;
            bool tableSaysSo = group.Label != EntityLabel.Person && target.TableEntry is not null && TableKnowsOnly(group, target.Label, profile, keys, seen);
            bool titled = target.Label == EntityLabel.Person
                && (group.Members.TrueForAll(member => member.HasTitle) || target.Members.Exists(member => member.HasTitle));
            if (larger || tableSaysSo || titled) groups.Merge(target, group);
        }

        work.Clear();
    }

    /// <summary>Whether every alias-table entry named by a key of <paramref name="group"/> has the label <paramref name="label"/>.</summary>
    private static bool TableKnowsOnly(MentionGroup group, EntityLabel label, AliasResolverProfile profile, List<string> keys, HashSet<string> seen)
    {
        group.DistinctKeys(keys, seen);
        foreach (string key in keys)
        {
            foreach (var entry in profile.AliasTable.GetEntriesByKey(key))
            {
                if (entry.Label != label) return false;
            }
        }

        return true;
    }

    /// <summary>The buffers of one call, kept in the resolver's pooled <see cref="GroupingScratch"/>.</summary>
    internal sealed class Scratch
    {
        private int[] firstOf = [];
        private int[] nextOfSame = [];
        private int[] lastOf = [];
        private long[] order = [];

        /// <summary>A group's distinct keys.</summary>
        public List<string> Keys { get; } = [];

        /// <summary>The keys seen while listing them.</summary>
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        /// <summary>Signature → position of its first group.</summary>
        public Dictionary<string, int> FirstOfSignature { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Arrays of at least <paramref name="count"/> items, by position of a group: the first position of its signature, the
        /// next position of the same signature, and (for a first position) the last position of its signature.
        /// </summary>
        public int[] Chains(int count, out int[] next, out int[] last)
        {
            next = GrowingArray.AtLeast(ref nextOfSame, count);
            last = GrowingArray.AtLeast(ref lastOf, count);
            return GrowingArray.AtLeast(ref firstOf, count);
        }

        /// <summary>An array of at least <paramref name="count"/> items for the processing order (size and position of each group).</summary>
        public long[] Order(int count)
        {
            return GrowingArray.AtLeast(ref order, count);
        }

        /// <summary>Empties the collections (the arrays are overwritten by the next call).</summary>
        public void Clear()
        {
            Keys.Clear();
            Seen.Clear();
            FirstOfSignature.Clear();
        }
    }
}
