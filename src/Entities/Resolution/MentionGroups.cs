namespace Entities.Resolution;

/// <summary>
/// The partition of a document's mentions into groups, refined rule by rule. Local to one resolution call.
/// The group of each mention is kept in an array, so <see cref="GroupOf"/> is constant time and the rules stay close to linear.
/// </summary>
internal sealed class MentionGroups
{
    private readonly List<MentionGroup> groups;
    private readonly MentionGroup[] groupOfMention;

    public MentionGroups(IReadOnlyList<AnalyzedMention> mentions)
    {
        groups = new List<MentionGroup>(mentions.Count);
        groupOfMention = new MentionGroup[mentions.Count];
        foreach (var mention in mentions)
        {
            var group = new MentionGroup(mention);
            groups.Add(group);
            groupOfMention[mention.Index] = group;
        }
    }

    private MentionGroup[]? live;

    /// <summary>The non-empty groups, in order of first mention (computed again only after a merge or a move).</summary>
    public IReadOnlyList<MentionGroup> Live => live ??= ComputeLive();

    private MentionGroup[] ComputeLive()
    {
        // Each mention belongs to exactly one group, so first indices are distinct and the order is total.
        int count = 0;
        foreach (var group in groups) if (group.Members.Count > 0) count++;
        var result = new MentionGroup[count];
        var firsts = new int[count];
        int k = 0;
        foreach (var group in groups)
        {
            if (group.Members.Count == 0) continue;
            result[k] = group;
            firsts[k++] = group.FirstIndex;
        }

        Array.Sort(firsts, result);
        return result;
    }

    public MentionGroup GroupOf(int mentionIndex) => groupOfMention[mentionIndex];

    /// <summary>Merges <paramref name="source"/> into <paramref name="target"/> when they are distinct and compatible.</summary>
    /// <returns>Whether a merge happened.</returns>
    public bool Merge(MentionGroup target, MentionGroup source)
    {
        if (ReferenceEquals(target, source) || !target.IsCompatibleWith(source)) return false;
        live = null;
        foreach (var member in source.Members) groupOfMention[member.Index] = target;
        target.Absorb(source);
        return true;
    }

    /// <summary>Moves one mention into <paramref name="target"/>.</summary>
    public void Move(AnalyzedMention mention, MentionGroup target)
    {
        var source = GroupOf(mention.Index);
        if (ReferenceEquals(source, target)) return;
        live = null;
        source.Remove(mention);
        target.Add(mention);
        groupOfMention[mention.Index] = target;
    }
}
