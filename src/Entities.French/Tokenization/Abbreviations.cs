using System.Buffers;
using System.Collections.Frozen;
using Entities.French.Data;

namespace Entities.French.Tokenization;

/// <summary>Abbreviations and titles (<c>M.</c>, <c>Mme</c>, <c>etc.</c>, <c>n°</c>); tables from <c>abbreviations.txt</c> and <c>sentence-final-abbreviations.txt</c>.</summary>
internal static class Abbreviations
{
    private static readonly string[] Entries = FrenchDataFiles.ReadEntries("abbreviations.txt").ToArray();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms =
        Entries.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Cheap filters run before hashing: most words cannot be abbreviations by their length or first letter.
    private static readonly int MaxLength = Entries.Max(e => e.Length);

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(string.Concat(Entries.Select(e => e[0]).Distinct()));

    private static readonly string[] Dotted = Entries.Where(e => e.IndexOf('.') is >= 0 and var i && i < e.Length - 1).ToArray();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeCapitalOnly =
        FrenchWordLists.TitlesBeforeCapital().ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceFinal =
        FrenchDataFiles.ReadEntries("sentence-final-abbreviations.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="surface"/> is listed exactly (case-sensitive), e.g. <c>etc.</c>, <c>Mme</c>, <c>n°</c>.</summary>
    public static bool Contains(ReadOnlySpan<char> surface) =>
        surface.Length > 0 && surface.Length <= MaxLength && FirstChars.Contains(surface[0]) && Forms.Contains(surface);

    /// <summary>Whether the word <c>text[start..wordEnd)</c> followed by a period (at <paramref name="wordEnd"/>) is an abbreviation: <c>word.</c> is listed, or <c>word</c> is a listed title.</summary>
    public static bool IsAbbreviationWithPeriod(string text, int start, int wordEnd) =>
        Contains(text.AsSpan(start, wordEnd + 1 - start)) || Contains(text.AsSpan(start, wordEnd - start));

    /// <summary>Whether the listed title <paramref name="surface"/> is also an ordinary word (<c>Me</c>), a title only before a capitalized word.</summary>
    public static bool NeedsCapitalAfter(ReadOnlySpan<char> surface) => BeforeCapitalOnly.Contains(surface);

    /// <summary>The length of the longest listed abbreviation with inner periods (<c>c.-à-d.</c>) starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchDotted(string text, int start)
    {
        int best = 0;
        ReadOnlySpan<char> rest = text.AsSpan(start);
        foreach (string entry in Dotted)
        {
            if (entry.Length > best && rest.StartsWith(entry, StringComparison.Ordinal) && !CharClasses.IsWordCharAt(text, start + entry.Length))
            {
                best = entry.Length;
            }
        }

        return best;
    }

    /// <summary>Whether the abbreviation <paramref name="surface"/> may also end a sentence (<c>etc.</c>).</summary>
    public static bool CanEndSentence(ReadOnlySpan<char> surface) => SentenceFinal.Contains(surface);
}
