using System.Collections.Frozen;
using Entities.French.Data;
using Entities.French.Tokenization;
using Entities.Tokenization;

namespace Entities.French.Sentences;

/// <summary>Token-level facts used by <see cref="FrenchSentenceSplitter"/>: terminators, closing marks, line breaks.</summary>
internal static class SentenceBoundaries
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuationWords =
        FrenchDataFiles.ReadEntries("line-continuation-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the token is made only of sentence-ending marks: <c>.</c> <c>!</c> <c>?</c> <c>…</c> <c>...</c> <c>‼</c> <c>⁉</c>.</summary>
    public static bool IsTerminator(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        foreach (char c in token.GetSpan(text))
        {
            if (c is not ('.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="index"/> closes a quotation or parenthesis and stays with the sentence before it.</summary>
    public static bool IsCloser(string text, ReadOnlySpan<Token> tokens, int index)
    {
        Token token = tokens[index];
        if (token.Kind != TokenKind.Punctuation || token.Length != 1)
        {
            return false;
        }

        char c = text[token.Start];
        if (c is '»' or '”' or ')' or ']' or '}' or '›' or '’')
        {
            return true;
        }

        if (c is '"' or '\'')
        {
            // A straight quote closes when glued to what precedes it, or when nothing is glued after it.
            bool gluedBefore = index > 0 && tokens[index - 1].End == token.Start;
            bool gluedAfter = index + 1 < tokens.Length && tokens[index + 1].Start == token.End;
            return gluedBefore || !gluedAfter;
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> may begin a new sentence after a terminator: anything but a lowercase word or a comma-like mark.</summary>
    public static bool CanStartSentence(string text, Token token)
    {
        char c = text[token.Start];
        if (CharClasses.Is(c, CharClass.Lower))
        {
            return false;
        }

        return !(token.Kind == TokenKind.Punctuation && c is ',' or ';' or ':' or ')' or ']' or '}' or '»' or '”' or '%');
    }

    /// <summary>How many spaces in a row make a layout gap (see <see cref="LineBreaks"/>).</summary>
    public const int GapSpaces = 3;

    /// <summary>Whether <paramref name="token"/> starts with an uppercase letter.</summary>
    public static bool StartsUppercase(string text, Token token) => CharClasses.Is(text[token.Start], CharClass.Upper);

    /// <summary>
    /// Counts line breaks in <c>text[from..to)</c>: 0, 1, or 2 for a paragraph break (two or more newlines, U+2029, form feed)
    /// or a layout gap, which separates blocks as a paragraph break does: a tab, or <see cref="GapSpaces"/> spaces or more in a
    /// row (menus and share buttons of a scraped page, <c>Partager sur Facebook   Partager sur X</c>).
    /// </summary>
    public static int LineBreaks(string text, int from, int to)
    {
        int count = 0, spaces = 0;
        for (int i = from; i < to; i++)
        {
            spaces = text[i] is ' ' or '\u00A0' ? spaces + 1 : 0;
            if (spaces >= GapSpaces) return 2;
            switch (text[i])
            {
                case '\t':
                    return 2;
                case '\n':
                case '\u0085':
                case '\u2028':
                    count++;
                    break;
                case '\r':
                    if (i + 1 >= to || text[i + 1] != '\n')
                    {
                        count++;
                    }

                    break;
                case '\u2029':
                case '\f':
                    return 2;
            }

            if (count >= 2)
            {
                return 2;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether a single line break after <paramref name="token"/> leaves the sentence open: after a comma-like or opening mark,
    /// an elided form, an abbreviation, or a function word (<c>de</c>, <c>la</c>, <c>et</c>… from <c>line-continuation-words.txt</c>).
    /// </summary>
    public static bool ContinuesAcrossLine(string text, Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Elision:
            case TokenKind.Abbreviation:
                return true;
            case TokenKind.Punctuation:
                return text[token.Start] is ',' or ';' or ':' or '(' or '[' or '«' or '“' or '"' or '-' or '–' or '—' or '/' or '&';
            case TokenKind.Word:
                return ContinuationWords.Contains(token.GetSpan(text));
            default:
                return false;
        }
    }
}
