using System.Text;

namespace Entities.Tokenization;

/// <summary>
/// Words cut by an old print or an OCR engine, and the marks they keep: one definition for the tokenizer, the name keys and
/// the display names.
/// </summary>
/// <remarks>
/// A cut is a hyphen (<c>-</c>, U+2010 to U+2013) or the OCR sign <c>¬</c> glued to the first piece of a word, then:
/// <list type="bullet">
/// <item>optional spaces or tabs, exactly one line break (<c>\n</c> or <c>\r\n</c>; a blank line is a paragraph break and
/// never joins), optional spaces or tabs, then a letter (<c>Poin-\ncaré</c>, <c>Saint-\nDenis</c>);</item>
/// <item>or, the line break lost (lines joined by spaces, as scraped OCR text is), <c>¬</c> then optional blanks and a
/// letter (<c>Constan¬ tinople</c>), or a hyphen (<c>-</c>, U+2010, U+2011: no dash) then blanks and a lower-case word that is no coordinator (<c>Bé- raud</c>;
/// not the suspended hyphen of <c>pro- et anti-européens</c>).</item>
/// </list>
/// Joined, the mark is dropped before a lower-case continuation (<c>Poincaré</c>) and kept as <c>-</c> before an upper-case
/// one (<c>Saint-Denis</c>).
/// </remarks>
public static class CutMarks
{
    /// <summary>The OCR sign for a word cut at the end of a line.</summary>
    public const char NotSign = '\u00AC';

    /// <summary>Whether <paramref name="token"/> ends with a cut mark (<c>-</c>, <c>¬</c> or a soft hyphen), as corpora that keep the pieces apart write them (<c>Clémen¬ tine</c>, <c>Phi - lippe</c>).</summary>
    public static bool EndsWithCutMark(ReadOnlySpan<char> token) => token.Length > 0 && token[^1] is '-' or NotSign or '\u00AD';

    /// <summary>Whether <paramref name="c"/> may mark a cut: a hyphen (<c>-</c>, U+2010 to U+2013) or <c>¬</c>.</summary>
    public static bool IsCutSign(char c) => c is '-' or (>= '\u2010' and <= '\u2013') or NotSign;

    /// <summary>
    /// Whether a cut starts at <paramref name="index"/> of <paramref name="text"/> (the mark, glued to the text before it);
    /// <paramref name="continuation"/> is then the index of the continuation's first letter.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int index, out int continuation)
    {
        continuation = 0;
        if ((uint)index >= (uint)text.Length || index == 0 || !IsCutSign(text[index]) || char.IsWhiteSpace(text[index - 1])) return false;
        int k = SkipBlanks(text, index + 1);
        int lineBreak = k < text.Length && text[k] == '\r' ? k + 1 : k;
        if (lineBreak < text.Length && text[lineBreak] == '\n')
        {
            k = SkipBlanks(text, lineBreak + 1);
        }
        else if (text[index] != NotSign
            && (text[index] is not ('-' or '\u2010' or '\u2011') || k == index + 1 || k >= text.Length || !char.IsLower(text[k]) || StartsCoordinator(text[k..])))
        {
            // On one line, a hyphen (no dash) is a cut only before a blank and a lower-case word: a suspended hyphen precedes a coordinator.
            return false;
        }

        if (!IsLetterAt(text, k)) return false;
        continuation = k;
        return true;
    }

    /// <summary>Whether a word's raw text <paramref name="surface"/> may hold a cut (a line break, <c>¬</c> or a blank).</summary>
    public static bool MayContainCut(ReadOnlySpan<char> surface) => surface.IndexOfAny(CutHints) >= 0;

    private static readonly System.Buffers.SearchValues<char> CutHints = System.Buffers.SearchValues.Create("\n \t\u00AC");

    /// <summary><paramref name="surface"/> with every cut joined (the mark dropped before a lower-case continuation, kept as <c>-</c> before an upper-case one).</summary>
    public static string Join(ReadOnlySpan<char> surface)
    {
        var builder = new StringBuilder(surface.Length);
        int i = 0;
        while (i < surface.Length)
        {
            if (TryMatch(surface, i, out int continuation))
            {
                if (!char.IsLower(surface[continuation])) builder.Append('-');
                i = continuation;
                continue;
            }

            builder.Append(surface[i]);
            i++;
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="word"/> starts with a coordinator that follows a suspended hyphen (<c>pro- et anti-</c>, <c>sous- ou sur-</c>).</summary>
    private static bool StartsCoordinator(ReadOnlySpan<char> word)
    {
        int end = 0;
        while (end < word.Length && char.IsLetter(word[end])) end++;
        return word[..end] is "et" or "ou" or "ni" or "voire" or "comme" or "mais" or "puis" or "and" or "or";
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i;
    }

    private static bool IsLetterAt(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length) return false;
        char c = text[index];
        if (char.IsLetter(c)) return c != '\u02BC';   // ʼ, a modifier letter, is an apostrophe in French text
        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) && Rune.IsLetter(new Rune(c, text[index + 1]));
    }
}
