using Entities.Knowledge;
namespace Entities.Resolution;

/// <summary>
/// A growing set of mentions believed to name one entity. Mutable, but local to one resolution call (a pooled instance is
/// started again with <see cref="Reset"/> for another call).
/// </summary>
internal sealed class MentionGroup
{
    public MentionGroup(AnalyzedMention first) => Reset(first);

    /// <summary>Makes this the group of <paramref name="first"/> alone, as a new group would be (its member list keeps its capacity).</summary>
    public void Reset(AnalyzedMention first)
    {
        Members.Clear();
        Members.Add(first);
        Label = first.Label;
        IsPersonRoot = false;
        SameKeyOtherLabel = null;
        TableEntry = first.TableEntry;
        DefinedInText = false;
        RefusedTableEntry = false;
        KinSurname = null;
        KinGivenName = null;
        KinByRelative = false;
        KinSource = -1;
        firstIndex = first.Index;
    }

    /// <summary>
    /// Whether the document refused the group its alias-table entry: a short form whose title gives the other gender than the
    /// entry's full name in the same document (<c>Mme Macron</c> beside <c>le président Emmanuel Macron</c>). The group keeps no
    /// table entry and takes none from later merges.
    /// </summary>
    public bool RefusedTableEntry { get; private set; }

    /// <summary>Drops the group's table entry for good (<see cref="RefusedTableEntry"/>).</summary>
    public void RefuseTableEntry()
    {
        TableEntry = null;
        RefusedTableEntry = true;
    }

    /// <summary>
    /// Whether the group's acronym is defined in the document by a long form that is not a name of the acronym's table entry
    /// (<c>l'Association des maires de France (AMF)</c>, while the table's AMF is the Autorité des marchés financiers): the
    /// definition wins in this document, the group keeps no table entry and gives no bare acronym key to the graph.
    /// </summary>
    public bool DefinedInText { get; private set; }

    /// <summary>
    /// Marks the group's acronym as defined in the text by a phrase the tagger did not take as a mention (<c>le Centre
    /// d'innovation agricole (CIA)</c>): as <see cref="DefinedInText"/>, without a long form to join.
    /// </summary>
    public void DefineInText()
    {
        DefinedInText = true;
        TableEntry = null;
    }

    /// <summary>Merges <paramref name="acronym"/>'s group, defined in the text by this group's long form, ignoring its table entry.</summary>
    public void AbsorbDefinition(MentionGroup acronym)
    {
        DefinedInText = true;
        if (acronym.Members.Count > 0) firstIndex = Math.Min(firstIndex, acronym.firstIndex);
        Members.AddRange(acronym.Members);
        acronym.Members.Clear();
    }

    private int firstIndex;

    /// <summary>
    /// Set by <see cref="KinshipNames"/> on a group named by a given name alone: the surname (a matching form) of the person the
    /// text names it with (<c>son épouse Melania</c> after <c>Trump</c> → <c>trump</c>); the group is keyed as that full name.
    /// </summary>
    public string? KinSurname { get; private set; }

    /// <summary>With <see cref="KinSurname"/>: the given name (a matching form) the group was named by alone.</summary>
    public string? KinGivenName { get; private set; }

    /// <summary>With <see cref="KinSurname"/>: whether a relative noun said it (<c>son épouse Melania</c>), not only a coordination.</summary>
    public bool KinByRelative { get; private set; }

    /// <summary>With <see cref="KinSurname"/>: the index of the mention the surname was read from (its group never joins this one).</summary>
    public int KinSource { get; private set; } = -1;

    /// <summary>Sets <see cref="KinGivenName"/>, <see cref="KinSurname"/>, <see cref="KinByRelative"/> and <see cref="KinSource"/>.</summary>
    public void NameKin(string givenName, string surname, bool byRelative, int source)
    {
        KinGivenName = givenName;
        KinSurname = surname;
        KinByRelative = byRelative;
        KinSource = source;
    }

    /// <summary>The mentions, in the order they joined (most groups keep their first mention alone).</summary>
    public List<AnalyzedMention> Members { get; } = new(1);

    /// <summary>The label of the group's mentions (changed only through <see cref="MentionGroups.Relabel"/>).</summary>
    public EntityLabel Label { get; set; }

    /// <summary>Set by <see cref="PersonNameRules"/>: whether the group is a root (no other person group has a longer form ending or starting with its own).</summary>
    public bool IsPersonRoot { get; set; }

    /// <summary>While <see cref="MentionGroups"/> is built: the next group of another label whose mentions have the same match key.</summary>
    public MentionGroup? SameKeyOtherLabel { get; set; }

    public AliasEntry? TableEntry { get; private set; }

    /// <summary>The smallest index of a member.</summary>
    public int FirstIndex => Members.Count > 0 ? firstIndex : throw new InvalidOperationException("The group is empty.");

    /// <summary>
    /// Fills <paramref name="keys"/> with the distinct matching forms of the members, in order of first appearance, using
    /// <paramref name="seen"/> (an ordinal set, left holding the keys) to tell them apart.
    /// </summary>
    public void DistinctKeys(List<string> keys, HashSet<string> seen)
    {
        keys.Clear();
        seen.Clear();
        foreach (var member in Members)
        {
            if (seen.Add(member.Key)) keys.Add(member.Key);
        }
    }

    /// <summary>The member with the most words (first in document order on ties).</summary>
    public AnalyzedMention Longest
    {
        get
        {
            if (Members.Count == 0) throw new InvalidOperationException("The group is empty.");
            var best = Members[0];
            for (int i = 1; i < Members.Count; i++)
            {
                var member = Members[i];
                if (member.WordCount > best.WordCount || (member.WordCount == best.WordCount && member.Index < best.Index)) best = member;
            }

            return best;
        }
    }

    /// <summary>The person gender implied by the members' hints, when they agree.</summary>
    public PersonGender Gender
    {
        get
        {
            var hint = PersonGender.Unknown;
            foreach (var member in Members)
            {
                if (member.Gender == PersonGender.Unknown || member.Gender == hint) continue;
                if (hint != PersonGender.Unknown) return PersonGender.Unknown;
                hint = member.Gender;
            }

            return hint;
        }
    }

    /// <summary>Whether both groups' titles give a gender and the genders differ.</summary>
    public bool HasOtherGenderThan(MentionGroup other)
    {
        var x = Gender;
        var y = other.Gender;
        return x != PersonGender.Unknown && y != PersonGender.Unknown && x != y;
    }

    /// <summary>Two groups may merge unless they are tied to different alias-table entries.</summary>
    public bool IsCompatibleWith(MentionGroup other) =>
        TableEntry is null || other.TableEntry is null || ReferenceEquals(TableEntry, other.TableEntry);

    /// <summary>Whether another group's table entry may become this group's (never once a definition in the text won).</summary>
    private bool TakesTableEntries => !DefinedInText && !RefusedTableEntry;

    public void Absorb(MentionGroup other)
    {
        bool takes = TakesTableEntries && (other.Members.Count == 0 || TakesEntryOfForm(other.Longest));
        if (other.Members.Count > 0) firstIndex = Math.Min(firstIndex, other.firstIndex);
        Members.AddRange(other.Members);
        other.Members.Clear();
        DefinedInText |= other.DefinedInText;
        if (takes) TableEntry ??= other.TableEntry;
    }

    public void Add(AnalyzedMention member)
    {
        bool takes = TakesTableEntries && (Members.Count == 0 || TakesEntryOfForm(member));
        firstIndex = Members.Count == 0 ? member.Index : Math.Min(firstIndex, member.Index);
        Members.Add(member);
        if (takes) TableEntry ??= member.TableEntry;
    }

    /// <summary>
    /// Whether this group may take the table entry a form names: not a person's one-word form (a surname) joining a full name
    /// the table does not know (<c>Macron</c> names Emmanuel Macron in the table; it does not make <c>Brigitte Macron</c> him).
    /// </summary>
    private bool TakesEntryOfForm(AnalyzedMention form) => Label != EntityLabel.Person || form.WordCount >= 2 || Longest.WordCount < 2;

    public void Remove(AnalyzedMention member)
    {
        if (!Members.Remove(member) || member.Index != firstIndex) return;
        firstIndex = int.MaxValue;
        foreach (var other in Members) firstIndex = Math.Min(firstIndex, other.Index);
    }
}
