using Entities.Knowledge;

namespace Entities.Roles;

/// <summary>
/// The pieces of text the role patterns read: words (letters and digits, with inner hyphens; an elided word such as
/// <c>l'</c> or <c>d'</c> is a word of its own, apostrophe included), commas, and stops (any other punctuation).
/// </summary>
internal static class RoleText
{
    public enum Kind
    {
        Word,
        Comma,
        Stop,
    }

    /// <summary>One piece: its kind, span, and (for a word) its folded form (elided words end with <c>'</c>).</summary>
    public readonly record struct Piece(Kind Kind, int Start, int End, string Folded);

    /// <summary>The words of <paramref name="text"/> (no commas or stops), for data such as prepositions.</summary>
    public static IEnumerable<Piece> Words(string text) => Pieces(text, 0, text.Length).Where(p => p.Kind == Kind.Word);

    /// <summary>The pieces of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Piece> Pieces(string text, int start, int end)
    {
        var pieces = new List<Piece>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int from = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (IsHyphen(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                // An elided word: l', d', qu' (straight or typographic apostrophe) followed by a letter.
                if (i < end && IsApostrophe(text[i]) && i - from <= 2)
                {
                    pieces.Add(new Piece(Kind.Word, from, i + 1, TextFolding.Fold(text[from..i]) + "'"));
                    i++;
                    continue;
                }

                pieces.Add(new Piece(Kind.Word, from, i, TextFolding.Fold(text[from..i])));
                continue;
            }

            pieces.Add(new Piece(c == ',' ? Kind.Comma : Kind.Stop, i, i + 1, ""));
            i++;
        }

        return pieces;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
