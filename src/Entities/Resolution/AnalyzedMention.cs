namespace Entities.Resolution;

/// <summary>What the resolver knows about one mention once prefixes are stripped.</summary>
/// <param name="Index">Index of the mention in the resolver's input.</param>
/// <param name="Label">The mention's label.</param>
/// <param name="Display">The name as displayed: the mention text without leading elided article or title.</param>
/// <param name="Key">The matching form of <paramref name="Display"/>.</param>
/// <param name="WordCount">The number of words of <paramref name="Key"/> (its spaces plus one; 0 when it is empty).</param>
/// <param name="IsAcronym">Whether <paramref name="Display"/> is written as an acronym (<c>OTAN</c>, <c>G7</c>, <c>U.S.</c>).</param>
/// <param name="Gender">Gender hint from a title or article inside or just before the mention.</param>
/// <param name="HasTitle">Whether a person title was inside or just before the mention.</param>
/// <param name="TableEntry">The alias-table entry of the same label named by <paramref name="Key"/>, if any.</param>
internal sealed record AnalyzedMention(
    int Index,
    EntityLabel Label,
    string Display,
    string Key,
    int WordCount,
    bool IsAcronym,
    PersonGender Gender,
    bool HasTitle,
    AliasEntry? TableEntry)
{
    /// <summary>The number of words of a match key, as splitting it at each space would give (0 for an empty key).</summary>
    public static int CountWords(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;
}
