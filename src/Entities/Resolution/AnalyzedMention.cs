using Entities.Knowledge;
namespace Entities.Resolution;

/// <summary>
/// What the resolver knows about one mention once prefixes are stripped. Local to one resolution call: the resolver reuses
/// its instances from call to call (<see cref="Set"/>), so none is ever referenced by a result.
/// </summary>
internal sealed class AnalyzedMention
{
    /// <summary>Creates a mention analysis (see the properties for the arguments).</summary>
    public AnalyzedMention(int index, EntityLabel label, string display, string key, int wordCount, bool isAcronym, PersonGender gender, NamePrefix? title, AliasEntry? tableEntry) =>
        Set(index, label, display, key, wordCount, isAcronym, gender, title, tableEntry);

    /// <summary>Index of the mention in the resolver's input.</summary>
    public int Index { get; private set; }

    /// <summary>The mention's label.</summary>
    public EntityLabel Label { get; private set; }

    /// <summary>The name as displayed: the mention text without leading elided article or title.</summary>
    public string Display { get; private set; } = string.Empty;

    /// <summary>The matching form of <see cref="Display"/>.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>The number of words of <see cref="Key"/> (its spaces plus one; 0 when it is empty).</summary>
    public int WordCount { get; private set; }

    /// <summary>Whether <see cref="Display"/> is written as an acronym (<c>OTAN</c>, <c>G7</c>, <c>U.S.</c>).</summary>
    public bool IsAcronym { get; private set; }

    /// <summary>Gender hint from a title or article inside or just before the mention.</summary>
    public PersonGender Gender { get; private set; }

    /// <summary>Whether a person title was inside or just before the mention.</summary>
    public bool HasTitle => Title is not null;

    /// <summary>The person title nearest the name, inside or just before the mention (<c>ancien président</c> of <c>l'ancien président Biden</c>), if any.</summary>
    public NamePrefix? Title { get; private set; }

    /// <summary>The alias-table entry of the same label named by <see cref="Key"/>, if any.</summary>
    public AliasEntry? TableEntry { get; private set; }

    /// <summary>Gives every property a new value (an instance reused for another mention).</summary>
    public void Set(int index, EntityLabel label, string display, string key, int wordCount, bool isAcronym, PersonGender gender, NamePrefix? title, AliasEntry? tableEntry)
    {
        Index = index;
        Label = label;
        Display = display;
        Key = key;
        WordCount = wordCount;
        IsAcronym = isAcronym;
        Gender = gender;
        Title = title;
        TableEntry = tableEntry;
    }

    /// <summary>The number of words of a match key, as splitting it at each space would give (0 for an empty key).</summary>
    public static int CountWords(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;
}
