using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>Shapes of a mention's text that several rules test.</summary>
internal static class NameShape
{
    /// <summary>Whether <paramref name="surface"/> is one word: not empty, no white space (<c>Villefort</c>, <c>Saint-Malo</c>, <c>L'Oréal</c>).</summary>
    public static bool IsOneWord(string surface)
    {
        foreach (char c in surface)
        {
            if (char.IsWhiteSpace(c)) return false;
        }

        return surface.Length > 0;
    }

    /// <summary>
    /// The end of a name read from <paramref name="start"/> (before <paramref name="limit"/>): one to <paramref name="maxWords"/>
    /// capitalized words of two letters at least (hyphens and apostrophes inside: <c>Jean-Baptiste</c>, <c>O'Brien</c>) joined by
    /// single spaces, a lower-case word of <paramref name="particles"/> allowed between two of them (<c>Charles de Gaulle</c>);
    /// -1 when no such word starts there. Shared by the rules that add a name after a cue (a speech verb, an English title).
    /// </summary>
    public static int CapitalizedWordsEnd(string text, int start, int limit, int maxWords, IReadOnlySet<string> particles)
    {
        int end = -1, position = start;
        for (int words = 0; words < maxWords && position < limit && char.IsUpper(text[position]); words++)
        {
            int stop = position;
            while (stop < limit && (char.IsLetter(text[stop]) || (stop > position && text[stop] is '-' or '\'' or '\u2019' && stop + 1 < limit && char.IsLetter(text[stop + 1])))) stop++;
            if (stop - position < 2) break;
            end = stop;
            if (stop + 1 >= limit || text[stop] != ' ') break;
            position = stop + 1;

            int particleEnd = position;
            while (particleEnd < limit && char.IsLower(text[particleEnd])) particleEnd++;
            if (particleEnd > position && particles.Contains(text[position..particleEnd]) && particleEnd + 1 < limit && text[particleEnd] == ' ' && char.IsUpper(text[particleEnd + 1]))
                position = particleEnd + 1;
        }

        return end;
    }

    /// <summary>
    /// Whether only a list separator lies between two mentions, <paramref name="leftEnd"/> to <paramref name="rightStart"/>:
    /// <c>, </c>, <c> et </c> or <c>, et </c> (<c>MM. Bertoni, Micheli et Tissières</c>).
    /// </summary>
    public static bool IsListedWith(string text, int leftEnd, int rightStart) =>
        rightStart > leftEnd && rightStart - leftEnd <= 5 && text.AsSpan(leftEnd, rightStart - leftEnd) is ", " or " et " or ", et ";

    /// <summary>Whether <paramref name="word"/> joins a name to its complement: <c>de</c>, <c>du</c> or <c>d'</c> (either apostrophe; <c>cour d'appel de Douai</c>).</summary>
    public static bool IsComplementPreposition(ReadOnlySpan<char> word) => word is "de" or "du" || Apostrophes.SpellsAs(word, "d'");

    /// <summary>Whether a line break (<c>\n</c> or <c>\r</c>) lies in the text from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).ContainsAny('\n', '\r');

    /// <summary>
    /// The last token of the run of capitalized name words (<see cref="IsCapitalizedNameWord"/>) that starts at token
    /// <paramref name="first"/> (itself one), each one space after the previous, at most <paramref name="maxWords"/> words and
    /// before token <paramref name="endToken"/>: <c>La Ferrière</c>, <c>Jean Moulin</c>.
    /// </summary>
    public static int CapitalizedRunEnd(string text, ReadOnlySpan<Token> tokens, int first, int endToken, int maxWords)
    {
        int last = first;
        while (last + 1 < endToken && last - first + 1 < maxWords && tokens[last + 1].Start == tokens[last].End + 1 && text[tokens[last].End] == ' '
            && IsCapitalizedNameWord(tokens[last + 1].GetSpan(text))) last++;
        return last;
    }

    /// <summary>A capitalized word with a lower-case letter, of letters, hyphens and apostrophes (<c>Orlhac</c>, <c>Petit-Pont</c>).</summary>
    public static bool IsCapitalizedNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        bool lower = false;
        foreach (char c in word)
        {
            if (char.IsLower(c)) lower = true;
            else if (!char.IsLetter(c) && c is not '-' and not '\'' and not '\u2019') return false;
        }

        return lower;
    }

    /// <summary>Whether <paramref name="word"/> is a definite article written with a capital (<c>Le</c>, <c>La</c>, <c>Les</c>, <c>L'</c>).</summary>
    public static bool IsCapitalizedArticle(ReadOnlySpan<char> word) => word is "Le" or "La" or "Les" || Apostrophes.SpellsAs(word, "L'");

    /// <summary>
    /// Whether the sentence has a lower-case word of four letters or more (<c>racheté</c>): what a title-case headline lacks
    /// (<c>L'Onu Alarmée Par L'Envoi De Soldats</c>), however many names an ordinary sentence holds.
    /// </summary>
    public static bool HasLowerCaseWord(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Length >= 4 && char.IsLower(text[tokens[t].Start])) return true;
        }

        return false;
    }

    /// <summary>Whether most words of the sentence (three at least) are capitalized: a headline.</summary>
    public static bool IsTitleCase(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        int words = 0, capitalized = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsLetter(text[tokens[t].Start])) continue;
            words++;
            if (char.IsUpper(text[tokens[t].Start])) capitalized++;
        }

        return words >= 3 && capitalized * 2 > words;
    }
}
