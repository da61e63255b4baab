namespace Entities.Resolution;

/// <summary>
/// The partition of a document's mentions into groups, refined rule by rule. Local to one resolution call.
/// The group of each mention is kept in an array, so <see cref="GroupOf"/> is constant time and the rules stay close to linear.
/// </summary>
internal sealed class MentionGroups
{
    private readonly List<MentionGroup> groups;
    private readonly MentionGroup[] groupOfMention;

    /// <summary>Whether some match key is used by mentions of two labels (see <see cref="AnyKeyUnderTwoLabels"/>).</summary>
    private readonly bool keyUnderTwoLabels;

    /// <summary>Whether a group's label was changed (<see cref="Relabel"/>).</summary>
    private bool relabeled;

    /// <summary>
    /// Starts the partition with one group per label and match key: mentions of one label with the same matching form are
    /// the same entity (<c>Kim Jong-un</c> = <c>Kim Jong Un</c>, <c>l'Otan</c> = <c>OTAN</c>), the first rule of
    /// <see cref="ExactMatchRules"/>. Each group holds its mentions in document order.
    /// </summary>
    /// <param name="mentions">The analyzed mentions, <see cref="AnalyzedMention.Index"/> being their position.</param>
    /// <param name="work">The call's work buffers, reused from call to call (see <see cref="GroupingScratch.EndCall"/>); new ones when <see langword="null"/>.</param>
    public MentionGroups(IReadOnlyList<AnalyzedMention> mentions, GroupingScratch? work = null)
    {
        Work = work ?? new GroupingScratch();
        groups = Work.Groups;
        groups.Clear();
        mentionCount = mentions.Count;
        groupOfMention = Work.GroupOfMention(mentionCount);

        // Match key → the group of its first mention; the groups of other labels with the same key follow it in a chain.
        var byKey = Work.ByKey;
        for (int i = 0; i < mentionCount; i++)
        {
            var mention = mentions[i];
            ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKey, mention.Key, out bool exists);
            MentionGroup? group = null;
            if (exists)
            {
                group = first;
                while (group is not null && group.Label != mention.Label) group = group.SameKeyOtherLabel;
            }

            if (group is null)
            {
                group = Work.NewGroup(mention);
                groups.Add(group);
                if (exists)
                {
                    keyUnderTwoLabels = true;
                    group.SameKeyOtherLabel = first!.SameKeyOtherLabel;
                    first.SameKeyOtherLabel = group;
                }
                else
                {
                    first = group;
                }
            }
            else
            {
                group.Add(mention); // same label and key: same alias-table entry, so always compatible
            }

            groupOfMention[mention.Index] = group;
        }

        byKey.Clear();
    }

    /// <summary>The call's work buffers, which the rules use too.</summary>
    public GroupingScratch Work { get; }

    private readonly int mentionCount;

    private LiveGroups? live;

    /// <summary>The non-empty groups, in order of first mention (computed again only after a merge or a move, into another array).</summary>
    public LiveGroups Live => live ??= ComputeLive();

    /// <summary>
    /// Whether some match key is used by members of groups of two different labels. A group holds mentions of its own label
    /// until <see cref="Relabel"/>, so until then this is known from the mentions alone.
    /// </summary>
    public bool AnyKeyUnderTwoLabels() => relabeled ? AnyMemberKeyUnderTwoLabels() : keyUnderTwoLabels;

    private bool AnyMemberKeyUnderTwoLabels()
    {
        var labelOf = new Dictionary<string, EntityLabel>(mentionCount, StringComparer.Ordinal);
        foreach (var group in Live)
        {
            foreach (var member in group.Members)
            {
                ref var label = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(labelOf, member.Key, out bool exists);
                if (!exists) label = group.Label;
                else if (label != group.Label) return true;
            }
        }

        return false;
    }

    private LiveGroups ComputeLive()
    {
        // Each mention belongs to exactly one group, so first indices are distinct and the order is total.
        int count = 0;
        bool ordered = true;
        int previous = -1;
        foreach (var group in groups)
        {
            if (group.Members.Count == 0) continue;
            count++;
            int first = group.FirstIndex;
            ordered &= first > previous;
            previous = first;
        }

        var result = Work.LiveArray(count);
        int k = 0;
        foreach (var group in groups)
        {
            if (group.Members.Count > 0) result[k++] = group;
        }

        if (!ordered)
        {
            var firsts = Work.SortKeys(count).AsSpan(0, count);
            for (int i = 0; i < count; i++) firsts[i] = result[i].FirstIndex;
            firsts.Sort(result.AsSpan(0, count)); // first indices are distinct: one order only
        }

        return new LiveGroups(result, count);
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

    /// <summary>
    /// Merges the group of an acronym into the group of the long form that defines it in the text; when the acronym's table entry
    /// is another organization's (the long form's group has no entry, or another one: <c>Association des maires de France (AMF)</c>
    /// against the table's <c>AMF</c>, the market authority), the definition wins (<see cref="MentionGroup.DefinedInText"/>).
    /// </summary>
    /// <returns>Whether a merge happened.</returns>
    public bool MergeDefinition(MentionGroup longForm, MentionGroup acronym)
    {
        if (ReferenceEquals(longForm, acronym)) return false;
        if (acronym.TableEntry is null || ReferenceEquals(longForm.TableEntry, acronym.TableEntry)) return Merge(longForm, acronym);
        live = null;
        foreach (var member in acronym.Members) groupOfMention[member.Index] = longForm;
        longForm.AbsorbDefinition(acronym);
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

    /// <summary>Moves one mention out of its group into a new group of its own; returns the new group.</summary>
    public MentionGroup Detach(AnalyzedMention mention)
    {
        var source = GroupOf(mention.Index);
        live = null;
        source.Remove(mention);
        var group = Work.NewGroup(mention);
        group.Label = source.Label;
        groups.Add(group);
        groupOfMention[mention.Index] = group;
        return group;
    }

    /// <summary>Gives <paramref name="group"/> the label <paramref name="label"/>.</summary>
    public void Relabel(MentionGroup group, EntityLabel label)
    {
        relabeled = true;
        group.Label = label;
    }
}
