using System.Collections.Frozen;

namespace Entities.Mentions;

/// <summary>
/// Whether a title or an honorific introduces a name (<c>M. Renault</c>, <c>Mme de Merteuil</c>, <c>le vicomte de Brézé</c>):
/// the check shared by the rules that read a name after its title.
/// </summary>
internal static class TitleBefore
{
    /// <summary>No particle: the title must come right before the name.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoParticles { get; } =
        Array.Empty<string>().ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles as <see cref="Precedes"/> reads them: straight apostrophes, no final period, compared with <paramref name="comparer"/>.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> titles, StringComparer comparer) =>
        titles.Select(t => Apostrophes.Straighten(t).TrimEnd('.')).Where(t => t.Length > 0).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether one of <paramref name="titles"/> (from <see cref="Lookup"/>; final period optional in the text) is the word right
    /// before <paramref name="start"/>, or right before one of <paramref name="particles"/> (straight apostrophes; the text's
    /// may be typographic) that is.
    /// </summary>
    public static bool Precedes(
        string text, int start, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> titles, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> particles)
    {
        int wordStart = WordStartBefore(text, start, out int wordEnd);
        if (wordStart == wordEnd) return false;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (titles.Contains(word.TrimEnd('.'))) return true;
        if (!Apostrophes.IsIn(word, particles)) return false;
        int beforeStart = WordStartBefore(text, wordStart, out int beforeEnd);
        return beforeStart < beforeEnd && titles.Contains(text.AsSpan(beforeStart, beforeEnd - beforeStart).TrimEnd('.'));
    }

    /// <summary>
    /// The start of the word that ends at <paramref name="end"/>, or before the white space there (letters, periods and
    /// apostrophes: <c>M.</c>, <c>d'</c> glued to the name); <paramref name="wordEnd"/> receives its end.
    /// </summary>
    private static int WordStartBefore(string text, int end, out int wordEnd)
    {
        int e = end;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] is '.' or '\'' or '\u2019')) s--;
        wordEnd = e;
        return s;
    }
}
