using Entities.Tokenization;

namespace Entities.Knowledge;

/// <summary>
/// Folds a surface form into a comparison form: lower case, diacritics removed (<c>é</c> → <c>e</c>, <c>ï</c> → <c>i</c>,
/// <c>œ</c> → <c>oe</c>, the long s <c>ſ</c> → <c>s</c>), hyphens, apostrophes and other separators turned into single spaces, periods removed
/// (<c>U.S.</c> → <c>us</c>), whitespace (including U+00A0 and U+202F) collapsed and trimmed. A word cut at the end of a
/// printed line (<c>Poin-\ncaré</c>, <c>Lau¬\nrent</c>: a hyphen or <c>¬</c>, blanks holding a line break, a lower-case letter)
/// folds as the whole word (<c>poincare</c>); before an upper-case letter the cut stays a hyphen (<c>Saint-\nDenis</c> →
/// <c>saint denis</c>).
/// Folding is for matching only; display always keeps the original text.
/// </summary>
/// <remarks>The fold is table-driven and independent of the current culture and of ICU, so it behaves identically under
/// invariant globalization and on every platform.</remarks>
public static class TextFolding
{
    // Pairs of (accented letters, base letters): same length, position by position.
    private const string Accented = "àáâãäåāăąçćĉċčďđðèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžſ";
    private const string BaseLetters = "aaaaaaaaacccccdddeeeeeeeeegggghiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzs";

    /// <summary>Folds <paramref name="text"/> (see the type's remarks). Returns an empty string for blank input.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return string.Empty;
        char[]? rented = null;
        Span<char> destination = text.Length <= 128
            ? stackalloc char[2 * text.Length]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(2 * text.Length));
        try
        {
            int length = FoldInto(text, destination);
            var folded = destination[..length];
            return folded.SequenceEqual(text) ? text : new string(folded);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the fold of <paramref name="text"/> into <paramref name="destination"/> (at least twice as long as the text: a
    /// ligature folds to two letters) and returns its length; the same characters as <see cref="Fold(string)"/>.
    /// </summary>
    internal static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        int length = 0;
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char raw = text[i];

            // ASCII other than the hyphen (which may cut a word at a line end): the same result as the general path below, sooner.
            if (raw < '\u0080' && raw != '-')
            {
                if (char.IsAsciiLetterOrDigit(raw))
                {
                    if (pendingSpace && length > 0) destination[length++] = ' ';
                    pendingSpace = false;
                    destination[length++] = char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : raw;
                }
                else if (raw != '.')
                {
                    pendingSpace = true;
                }

                continue;
            }

            if (CutMarks.IsCutSign(raw) && CutMarks.TryMatch(text, i, out int continuation) && char.IsLower(text[continuation]))
            {
                i = continuation - 1; // glued: the word goes on without a separator
                continue;
            }

            char c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) destination[length++] = ' ';
                pendingSpace = false;
                switch (c)
                {
                    case 'œ': destination[length++] = 'o'; destination[length++] = 'e'; continue;
                    case 'æ': destination[length++] = 'a'; destination[length++] = 'e'; continue;
                    case 'ß': destination[length++] = 's'; destination[length++] = 's'; continue;
                    case 'þ': destination[length++] = 't'; destination[length++] = 'h'; continue;
                }

                int index = c < '\u00C0' ? -1 : Accented.IndexOf(c, StringComparison.Ordinal);
                destination[length++] = index >= 0 ? BaseLetters[index] : c;
            }
            else if (c == '.' || c == '\u00B7' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Periods inside abbreviations and combining marks vanish without separating.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }

    /// <summary>
    /// The letter <paramref name="c"/> without its diacritic, in its own case (<c>é</c> → <c>e</c>, <c>É</c> → <c>E</c>,
    /// <c>ç</c> → <c>c</c>); any other character as it is.
    /// </summary>
    internal static char WithoutDiacritic(char c)
    {
        if (c < '\u00C0') return c;
        char lower = char.ToLowerInvariant(c);
        int index = Accented.IndexOf(lower, StringComparison.Ordinal);
        if (index < 0) return c;
        return lower == c ? BaseLetters[index] : char.ToUpperInvariant(BaseLetters[index]);
    }

    /// <summary>
    /// <paramref name="text"/> with its letters' diacritics removed, case and length kept (<c>Société Générale</c> →
    /// <c>Societe Generale</c>); the same instance when it has none.
    /// </summary>
    internal static string WithoutDiacritics(string text)
    {
        int i = 0;
        while (i < text.Length && WithoutDiacritic(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (int k = 0; k < source.Length; k++) destination[k] = WithoutDiacritic(source[k]);
        });
    }

    /// <summary>Appends the fold of <paramref name="text"/> to <paramref name="buffer"/>.</summary>
    internal static void FoldInto(ReadOnlySpan<char> text, CharBuffer buffer)
    {
        var destination = buffer.Reserve(2 * text.Length);
        buffer.Advance(FoldInto(text, destination));
    }

    /// <summary>Folds <paramref name="text"/> and splits it into its space-separated words.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string[] FoldToWords(string text)
    {
        string folded = Fold(text);
        return folded.Length == 0 ? [] : folded.Split(' ');
    }
}
