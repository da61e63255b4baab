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

    /// <summary>One piece: its kind and span (a word's folded form: <see cref="Fold"/>).</summary>
    public readonly record struct Piece(Kind Kind, int Start, int End);

    /// <summary>The folded form of a word piece (elided words end with <c>'</c>).</summary>
    public static string Fold(string text, Piece piece) =>
        IsApostrophe(text[piece.End - 1]) ? TextFolding.Fold(text[piece.Start..(piece.End - 1)]) + "'" : TextFolding.Fold(text[piece.Start..piece.End]);

    /// <summary>
    /// Whether one of the first <paramref name="words"/> words after the comma or opening bracket that follows
    /// <paramref name="start"/> (after a bracketed aside, <see cref="SkipAside"/>) starts a role of <paramref name="lexicon"/>
    /// (false when neither follows): a cheap test, without allocating.
    /// </summary>
    public static bool MayStartRoleAfterComma(string text, int start, int words, RoleLexicon lexicon)
    {
        // A role in brackets (Marc Roy (maire de Nantes), …), else one after the comma that may follow an aside.
        return StartsRoleAt(text, start, words, lexicon) || (SkipAside(text, start) is int after && after != start && StartsRoleAt(text, after, words, lexicon));
    }

    /// <summary>Whether one of the first <paramref name="words"/> words after the comma or bracket that follows <paramref name="start"/> starts a role.</summary>
    private static bool StartsRoleAt(string text, int start, int words, RoleLexicon lexicon)
    {
        int i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] is not (',' or '(')) return false;
        i++;
        Span<char> buffer = stackalloc char[96];
        for (int w = 0; w < words && i < text.Length;)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsApostrophe(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c)) return false;
            int from = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsHyphen(text[i]))) i++;
            w++;
            int length = FoldShort(text.AsSpan(from, i - from), buffer);
            if (length > 0 && lexicon.StartsRole(buffer[..length])) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether one of the last <paramref name="words"/> words before <paramref name="end"/>, back to a stop, ends a role of
    /// <paramref name="lexicon"/> or repeats one (<c>celui</c>): a cheap test, without allocating, before reading the text in
    /// pieces. A mention counts as one word (<paramref name="mentions"/> before index <paramref name="person"/>).
    /// </summary>
    public static bool MayEndRole(string text, int end, int words, RoleLexicon lexicon, IReadOnlyList<EntityMention> mentions, int person)
    {
        Span<char> buffer = stackalloc char[96];
        int i = end;
        int previous = person - 1;
        for (int w = 0; w < words && i > 0;)
        {
            while (previous >= 0 && mentions[previous].End > i) previous--;
            if (previous >= 0 && mentions[previous].End == i)
            {
                i = mentions[previous].Start;
                previous--;
                w++;
                continue;
            }

            char c = text[i - 1];
            if (char.IsWhiteSpace(c) || c == ',' || IsApostrophe(c)) { i--; continue; }
            if (!char.IsLetterOrDigit(c)) return false;    // a stop
            int to = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || IsHyphen(text[i - 1]))) i--;
            w++;
            int length = FoldShort(text.AsSpan(i, to - i), buffer);
            if (length > 0 && (lexicon.EndsRole(buffer[..length]) || lexicon.RepeatsRole(buffer[..length]))) return true;
        }

        return false;
    }

    /// <summary>The most characters of a bracketed aside after a name (<c>Jean Martin (LR), maire de Meaux</c>).</summary>
    public const int MaxAside = 40;

    /// <summary>
    /// The position after a bracketed aside that starts at <paramref name="start"/> (spaces before it) and is followed by a
    /// comma (<c>(LR),</c>), or <paramref name="start"/> itself when there is none.
    /// </summary>
    public static int SkipAside(string text, int start)
    {
        int i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] != '(') return start;
        int close = text.IndexOf(')', i + 1, Math.Min(MaxAside, text.Length - i - 1));
        if (close < 0) return start;
        int after = close + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return after < text.Length && text[after] == ',' ? close + 1 : start;
    }

    /// <summary>The position of the closing bracket of a bracketed phrase opened at <paramref name="open"/> (within the window), or -1.</summary>
    public static int ClosingBracket(string text, int open, int window) =>
        open < text.Length && text[open] == '(' ? text.IndexOf(')', open + 1, Math.Min(window, text.Length - open - 1)) : -1;

    /// <summary>Folds <paramref name="word"/> into <paramref name="buffer"/>; 0 for a word too long for it (no role word is).</summary>
    private static int FoldShort(ReadOnlySpan<char> word, Span<char> buffer) => word.Length * 2 > buffer.Length ? 0 : TextFolding.FoldInto(word, buffer);

    /// <summary>The folded words of <paramref name="text"/> (no commas or stops), for data such as prepositions.</summary>
    public static IEnumerable<string> Words(string text) => Pieces(text, 0, text.Length).Where(p => p.Kind == Kind.Word).Select(p => Fold(text, p));

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
                    pieces.Add(new Piece(Kind.Word, from, i + 1));
                    i++;
                    continue;
                }

                pieces.Add(new Piece(Kind.Word, from, i));
                continue;
            }

            pieces.Add(new Piece(c == ',' ? Kind.Comma : Kind.Stop, i, i + 1));
            i++;
        }

        return pieces;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
