namespace Entities.French.Tokenization;

/// <summary>
/// Words cut at the end of a printed line (<c>Poin-\ncaré</c>, <c>Lau¬\nrent</c>), common in OCR'd newspapers: a hyphen
/// variant or the OCR sign <c>¬</c> glued to the word, optional spaces or tabs, exactly one line break (<c>\n</c> or
/// <c>\r\n</c>; a blank line is a paragraph break and never joins), optional spaces or tabs, then a letter. The sign
/// <c>¬</c> marks a cut without the line break too (<c>Constan¬ tinople</c>, text whose lines were joined by spaces): a
/// hyphen before a blank on the same line may be suspended (<c>pro- et anti-</c>) and is left alone.
/// </summary>
/// <remarks>
/// The token keeps the raw range; its normalized form is the joined word: without the hyphen when the continuation starts
/// in lower case (<c>Poincaré</c>, <c>Chambre</c>), with <c>-</c> when it starts in upper case (<c>Saint-Denis</c>).
/// </remarks>
internal static class LineBreakHyphens
{
    /// <summary>The OCR sign for a word cut at the end of a line.</summary>
    public const char NotSign = '\u00AC';

    /// <summary>
    /// Whether a line-end cut starts at <paramref name="index"/> (the hyphen or <c>¬</c>); <paramref name="continuation"/>
    /// is then the index of the continuation's first letter.
    /// </summary>
    public static bool TryMatch(string text, int index, out int continuation)
    {
        continuation = 0;
        if (index >= text.Length || !IsCutSign(text[index]))
        {
            return false;
        }

        int k = SkipBlanks(text, index + 1);
        int lineBreak = k < text.Length && text[k] == '\r' ? k + 1 : k;
        if (lineBreak < text.Length && text[lineBreak] == '\n')
        {
            k = SkipBlanks(text, lineBreak + 1);
        }
        else if (text[index] != NotSign)
        {
            // A hyphen before a blank on the same line may be suspended (pro- et anti-): only ¬ marks a cut there.
            return false;
        }

        if (!CharClasses.IsLetterAt(text, k))
        {
            return false;
        }

        continuation = k;
        return true;
    }

    /// <summary>Whether <paramref name="surface"/> may contain a line-end cut (it holds a line break or <c>¬</c>).</summary>
    public static bool MayContainCut(ReadOnlySpan<char> surface) => surface.IndexOfAny('\n', NotSign) >= 0;

    /// <summary>
    /// The word <paramref name="surface"/> with every line-end cut joined (hyphen dropped before a lower-case continuation,
    /// kept as <c>-</c> before an upper-case one).
    /// </summary>
    public static string Join(ReadOnlySpan<char> surface)
    {
        var text = surface.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (TryMatch(text, i, out int continuation))
            {
                if (!CharClasses.Is(text[continuation], CharClass.Lower))
                {
                    builder.Append('-');
                }

                i = continuation;
                continue;
            }

            builder.Append(text[i]);
            i++;
        }

        return builder.ToString();
    }

    private static bool IsCutSign(char c) => c == NotSign || CharClasses.Is(c, CharClass.Joiner);

    private static int SkipBlanks(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
