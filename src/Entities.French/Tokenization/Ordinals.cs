using System.Collections.Frozen;
using Entities.French.Data;

namespace Entities.French.Tokenization;

/// <summary>Ordinal suffixes (<c>1er</c>, <c>2e</c>, <c>XXe</c>) from <c>ordinal-suffixes.txt</c>, and Roman-numeral ordinals.</summary>
internal static class Ordinals
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes =
        FrenchDataFiles.ReadEntries("ordinal-suffixes.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="suffix"/> is an ordinal suffix (case-sensitive).</summary>
    public static bool IsSuffix(ReadOnlySpan<char> suffix) => Suffixes.Contains(suffix);

    /// <summary>
    /// Whether <paramref name="word"/> is an uppercase Roman numeral followed by an ordinal suffix (<c>XIVe</c>, <c>Ier</c>, <c>Ve</c>).
    /// A one-letter numeral must be I, V or X, so that <c>Ce</c>, <c>De</c>, <c>Le</c>, <c>Me</c> stay words.
    /// </summary>
    public static bool IsRomanOrdinal(ReadOnlySpan<char> word)
    {
        int n = 0;
        while (n < word.Length && word[n] is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')
        {
            n++;
        }

        if (n == 0 || n == word.Length || (n == 1 && word[0] is not ('I' or 'V' or 'X')))
        {
            return false;
        }

        return IsSuffix(word[n..]);
    }
}
