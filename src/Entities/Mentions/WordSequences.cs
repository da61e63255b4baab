using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Phrases of several words (<c>cour</c>, <c>d'</c>, <c>appel</c>) matched on a document's tokens, case-insensitively and with
/// either apostrophe: the step shared by the rules that read a lower-case head or a portfolio.
/// </summary>
internal static class WordSequences
{
    /// <summary>The phrases with straight apostrophes, longest first; a phrase without a word throws.</summary>
    /// <exception cref="ArgumentException">A phrase has no word.</exception>
    public static string[][] Prepare(IEnumerable<IReadOnlyList<string>> phrases, string parameterName) =>
        [.. phrases
            .Select(words => words.Count > 0 ? words.Select(Apostrophes.Straighten).ToArray() : throw new ArgumentException("A phrase has no word.", parameterName))
            .OrderByDescending(words => words.Length)];

    /// <summary>Whether <paramref name="words"/> are spelled from token <paramref name="first"/> on (the caller checks the bounds).</summary>
    public static bool SpelledAt(string text, IReadOnlyList<Token> tokens, int first, string[] words)
    {
        for (int w = 0; w < words.Length; w++)
        {
            if (!Apostrophes.SpellsAsIgnoreCase(tokens[first + w].GetSpan(text), words[w])) return false;
        }

        return true;
    }

    /// <summary>The token after the longest phrase spelled from <paramref name="first"/> and ending before <paramref name="limit"/>, or -1.</summary>
    public static int LongestEndFrom(string text, IReadOnlyList<Token> tokens, int first, int limit, string[][] phrases)
    {
        foreach (var words in phrases)
        {
            if (first + words.Length <= limit && SpelledAt(text, tokens, first, words)) return first + words.Length;
        }

        return -1;
    }

    /// <summary>The first token of the longest phrase that ends right before <paramref name="end"/> and starts at or after <paramref name="start"/>, or -1.</summary>
    public static int LongestStartBefore(string text, IReadOnlyList<Token> tokens, int end, int start, string[][] phrases)
    {
        foreach (var words in phrases)
        {
            int first = end - words.Length;
            if (first >= start && SpelledAt(text, tokens, first, words)) return first;
        }

        return -1;
    }
}
