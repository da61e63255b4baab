using System.Text;

namespace Entities.Resolution;

/// <summary>
/// Folds a surface form into a comparison form: lower case, diacritics removed (<c>é</c> → <c>e</c>, <c>ï</c> → <c>i</c>,
/// <c>œ</c> → <c>oe</c>), hyphens, apostrophes and other separators turned into single spaces, periods removed
/// (<c>U.S.</c> → <c>us</c>), whitespace (including U+00A0 and U+202F) collapsed and trimmed.
/// Folding is for matching only; display always keeps the original text.
/// </summary>
/// <remarks>The fold is table-driven and independent of the current culture and of ICU, so it behaves identically under
/// invariant globalization and on every platform.</remarks>
public static class TextFolding
{
    // Pairs of (accented letters, base letters): same length, position by position.
    private const string Accented = "àáâãäåāăąçćĉċčďđðèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżž";
    private const string BaseLetters = "aaaaaaaaacccccdddeeeeeeeeegggghiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz";

    /// <summary>Folds <paramref name="text"/> (see the type's remarks). Returns an empty string for blank input.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                AppendFolded(builder, c);
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

        return builder.ToString();
    }

    /// <summary>Folds <paramref name="text"/> and splits it into its space-separated words.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string[] FoldToWords(string text)
    {
        string folded = Fold(text);
        return folded.Length == 0 ? [] : folded.Split(' ');
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'œ': builder.Append("oe"); return;
            case 'æ': builder.Append("ae"); return;
            case 'ß': builder.Append("ss"); return;
            case 'þ': builder.Append("th"); return;
        }

        int index = c < '\u00C0' ? -1 : Accented.IndexOf(c, StringComparison.Ordinal);
        builder.Append(index >= 0 ? BaseLetters[index] : c);
    }
}
