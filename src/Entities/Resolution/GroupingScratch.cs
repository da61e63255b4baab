using Entities.Knowledge;
using Entities.Pooling;

namespace Entities.Resolution;

/// <summary>
/// The work buffers of <see cref="MentionGroups"/> and of the merge rules for one resolution call (one document, one thread),
/// reused from call to call through the resolver's pool: the groups themselves, the map of groups by match key, the arrays
/// of the live groups, and the rules' maps. Nothing in it is referenced by a result.
/// </summary>
internal sealed class GroupingScratch
{
    private readonly List<MentionGroup> groupInstances = [];
    private int groupsUsed;
    private readonly List<MentionGroup[]> liveArrays = [];
    private int liveArraysUsed;
    private MentionGroup[] groupOfMention = [];
    private int[] sortKeys = [];

    /// <summary>Match key → the group of its first mention (empty between calls).</summary>
    public Dictionary<string, MentionGroup> ByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>The groups made during the call, in order of creation.</summary>
    public List<MentionGroup> Groups { get; } = [];

    /// <summary>For <see cref="ExactMatchRules"/>: alias-table entry → its group.</summary>
    public Dictionary<AliasEntry, MentionGroup> ByEntry { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>For <see cref="PersonNameRules"/>: the person groups.</summary>
    public List<MentionGroup> People { get; } = [];

    /// <summary>For <see cref="PersonNameRules"/>: person form → the mentions it abbreviates.</summary>
    public Dictionary<string, PersonNameRules.Owners> Abbreviated { get; } = new(StringComparer.Ordinal);

    /// <summary>For <see cref="LabelReconciliation"/>: its buffers.</summary>
    public LabelReconciliation.Scratch Reconciliation { get; } = new();

    /// <summary>A group of <paramref name="first"/> alone: an instance of an earlier call when there is one left.</summary>
    public MentionGroup NewGroup(AnalyzedMention first)
    {
        if (groupsUsed < groupInstances.Count)
        {
            var group = groupInstances[groupsUsed++];
            group.Reset(first);
            return group;
        }

        var made = new MentionGroup(first);
        groupInstances.Add(made);
        groupsUsed++;
        return made;
    }

    /// <summary>An array of at least <paramref name="count"/> items to map each mention to its group (its old items are stale).</summary>
    public MentionGroup[] GroupOfMention(int count)
    {
        if (groupOfMention.Length < count) groupOfMention = new MentionGroup[count];
        return groupOfMention;
    }

    /// <summary>An array of at least <paramref name="count"/> items for a new view of the live groups, not handed out before during the call.</summary>
    public MentionGroup[] LiveArray(int count)
    {
        if (liveArraysUsed == liveArrays.Count) liveArrays.Add([]);
        var array = liveArrays[liveArraysUsed];
        GrowingArray.AtLeast(ref array, count);
        liveArrays[liveArraysUsed++] = array;
        return array;
    }

    /// <summary>An array of at least <paramref name="count"/> integers to sort by (its old items are stale).</summary>
    public int[] SortKeys(int count)
    {
        return GrowingArray.AtLeast(ref sortKeys, count);
    }

    /// <summary>Ends a call: every group and array may be handed out again, the maps are emptied.</summary>
    public void EndCall()
    {
        groupsUsed = 0;
        liveArraysUsed = 0;
        Groups.Clear();
        ByKey.Clear();
        ByEntry.Clear();
        People.Clear();
        Abbreviated.Clear();
        Reconciliation.Clear();
    }
}
