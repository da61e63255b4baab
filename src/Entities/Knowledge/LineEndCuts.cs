namespace Entities.Knowledge;

/// <summary>
/// Words cut at the end of a printed line, as OCR'd newspapers keep them (<c>Poin-\ncaré</c>, <c>Lau¬\nrent</c>): a hyphen or
/// the OCR sign <c>¬</c> glued to the word before it, then blanks holding a line break, then a letter. Joined, the hyphen is dropped before a lower-case
/// continuation (<c>Poincaré</c>) and kept as <c>-</c> before an upper-case one (<c>Saint-Denis</c>). The sign <c>¬</c>
/// marks a cut without the line break too (<c>Constan¬ tinople</c>, text whose lines were joined by spaces); a hyphen on the
/// same line may be suspended (<c>pro- et anti-</c>) and is left alone. The French tokenizer's <c>LineBreakHyphens</c> reads
/// the same cuts.
/// </summary>
internal static class LineEndCuts
{
    /// <summary>The OCR sign for a word cut at the end of a line.</summary>
    public const char NotSign = '\u00AC';

    /// <summary>
    /// Whether a cut starts at <paramref name="index"/> of <paramref name="text"/>; <paramref name="continuation"/> is then the
    /// index of the next word's first letter.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int index, out int continuation)
    {
        continuation = 0;
        if (!IsCutSign(text[index]) || index == 0 || char.IsWhiteSpace(text[index - 1])) return false;
        int k = index + 1;
        bool lineBreak = false;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            lineBreak |= text[k] is '\n' or '\r';
            k++;
        }

        // ¬ marks a cut without the line break too (Constan¬ tinople); a hyphen on the same line may be suspended (pro- et anti-).
        if ((!lineBreak && text[index] != NotSign) || k >= text.Length || !char.IsLetter(text[k])) return false;
        continuation = k;
        return true;
    }

    /// <summary>Whether <paramref name="c"/> may end a cut line: a hyphen (<c>-</c>, U+2010 to U+2013) or <c>¬</c>.</summary>
    public static bool IsCutSign(char c) => c is '-' or (>= '\u2010' and <= '\u2013') or NotSign;

    /// <summary>
    /// <paramref name="name"/> with its cuts joined and any other whitespace holding a line break turned into one space;
    /// the same instance when it has no line break and no <c>¬</c>.
    /// </summary>
    public static string Join(string name)
    {
        if (name.AsSpan().IndexOfAny('\n', '\r', NotSign) < 0) return name;
        var builder = new System.Text.StringBuilder(name.Length);
        int i = 0;
        while (i < name.Length)
        {
            if (TryMatch(name, i, out int continuation))
            {
                if (!char.IsLower(name[continuation])) builder.Append('-');
                i = continuation;
            }
            else if (char.IsWhiteSpace(name[i]))
            {
                int k = i;
                while (k < name.Length && char.IsWhiteSpace(name[k])) k++;
                if (name.AsSpan(i, k - i).IndexOfAny('\n', '\r') >= 0) builder.Append(' ');
                else builder.Append(name, i, k - i);
                i = k;
            }
            else
            {
                builder.Append(name[i++]);
            }
        }

        return builder.ToString();
    }
}
