using System.Collections.Frozen;

namespace Entities.Mentions;

/// <summary>The word right before a name, for the rules that read it (<c>la Suisse</c>, <c>du Brabant</c>).</summary>
internal static class WordBefore
{
    /// <summary>
    /// Whether the word right before <paramref name="start"/> (after one space, or elided with an apostrophe: <c>l'</c>,
    /// <c>d’</c>, compared as <c>l'</c>, <c>d'</c>) is one of <paramref name="words"/> (lower case).
    /// </summary>
    public static bool IsOneOf(string text, int start, FrozenSet<string> words)
    {
        if (words.Count == 0 || start == 0) return false;
        if (text[start - 1] is '\'' or '\u2019')
        {
            int from = start - 1;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
            return from < start - 1 && words.Contains(string.Concat(text.AsSpan(from, start - 1 - from).ToString().ToLowerInvariant(), "'"));
        }

        if (text[start - 1] != ' ') return false;
        int end = start - 1;
        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        return begin < end && words.Contains(text[begin..end].ToLowerInvariant());
    }
}
