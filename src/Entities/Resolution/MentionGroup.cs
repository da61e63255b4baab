namespace Entities.Resolution;

/// <summary>A growing set of mentions believed to name one entity. Mutable, but local to one resolution call.</summary>
internal sealed class MentionGroup
{
    public MentionGroup(AnalyzedMention first)
    {
        Label = first.Label;
        Members.Add(first);
        TableEntry = first.TableEntry;
    }

    public List<AnalyzedMention> Members { get; } = [];

    public EntityLabel Label { get; set; }

    public AliasEntry? TableEntry { get; private set; }

    public int FirstIndex => Members.Min(member => member.Index);

    /// <summary>The distinct matching forms of the members.</summary>
    public IEnumerable<string> Keys => Members.Select(member => member.Key).Distinct(StringComparer.Ordinal);

    /// <summary>The member with the most words (first in document order on ties).</summary>
    public AnalyzedMention Longest => Members.OrderByDescending(member => member.Words.Length).ThenBy(member => member.Index).First();

    /// <summary>The person gender implied by the members' hints, when they agree.</summary>
    public PersonGender Gender
    {
        get
        {
            var hints = Members.Select(member => member.Gender).Where(gender => gender != PersonGender.Unknown).Distinct().ToList();
            return hints.Count == 1 ? hints[0] : PersonGender.Unknown;
        }
    }

    /// <summary>Two groups may merge unless they are tied to different alias-table entries.</summary>
    public bool IsCompatibleWith(MentionGroup other) =>
        TableEntry is null || other.TableEntry is null || ReferenceEquals(TableEntry, other.TableEntry);

    public void Absorb(MentionGroup other)
    {
        Members.AddRange(other.Members);
        other.Members.Clear();
        TableEntry ??= other.TableEntry;
    }

    public void Add(AnalyzedMention member)
    {
        Members.Add(member);
        TableEntry ??= member.TableEntry;
    }

    public void Remove(AnalyzedMention member) => Members.Remove(member);
}
