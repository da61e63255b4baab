namespace Entities.Resolution;

/// <summary>The partition of a document's mentions into groups, refined rule by rule. Local to one resolution call.</summary>
internal sealed class MentionGroups
{
    private readonly List<MentionGroup> groups = [];

    public MentionGroups(IEnumerable<AnalyzedMention> mentions)
    {
        foreach (var mention in mentions) groups.Add(new MentionGroup(mention));
    }

    /// <summary>The non-empty groups, in order of first mention.</summary>
    public IReadOnlyList<MentionGroup> Live => groups.Where(group => group.Members.Count > 0).OrderBy(group => group.FirstIndex).ToList();

    public MentionGroup GroupOf(int mentionIndex) => groups.First(group => group.Members.Exists(member => member.Index == mentionIndex));

    /// <summary>Merges <paramref name="source"/> into <paramref name="target"/> when they are distinct and compatible.</summary>
    /// <returns>Whether a merge happened.</returns>
    public bool Merge(MentionGroup target, MentionGroup source)
    {
        if (ReferenceEquals(target, source) || !target.IsCompatibleWith(source)) return false;
        target.Absorb(source);
        return true;
    }

    /// <summary>Moves one mention into <paramref name="target"/>.</summary>
    public void Move(AnalyzedMention mention, MentionGroup target)
    {
        var source = GroupOf(mention.Index);
        if (ReferenceEquals(source, target)) return;
        source.Remove(mention);
        target.Add(mention);
    }
}
