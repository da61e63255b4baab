using System.Collections.Frozen;

namespace Entities.Mentions;

/// <summary>
/// Phrases that may stand right after a name (<c>sourit</c>, <c>a plaisanté</c>, <c>s'est imposé</c>): lower case, straight
/// apostrophes, compared case-insensitively one space after the name and up to a word boundary. Immutable and thread-safe.
/// </summary>
internal sealed class FollowingPhrases
{
    /// <summary>The longest phrase (characters).</summary>
    public const int MaxPhraseLength = 40;

    private readonly FrozenDictionary<char, string[]> byFirst;

    /// <exception cref="ArgumentNullException"><paramref name="phrases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than <see cref="MaxPhraseLength"/> characters.</exception>
    public FollowingPhrases(IEnumerable<string> phrases, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(phrases, parameterName);
        string[] all = [.. phrases.Select(p => p.Trim()).Distinct(StringComparer.Ordinal)];
        if (all.Any(p => p.Length == 0 || p.Length > MaxPhraseLength)) throw new ArgumentException($"Phrases must be 1 to {MaxPhraseLength} characters.", parameterName);
        byFirst = all.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Whether one of the phrases starts one space after <paramref name="end"/> and ends at a word boundary.</summary>
    public bool StartAfter(string text, int end) => EndOfPhraseAfter(text, end) >= 0;

    /// <summary>
    /// Where the longest of the phrases that start one space after <paramref name="end"/> and end at a word boundary ends, or -1
    /// when none does.
    /// </summary>
    public int EndOfPhraseAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return -1;
        int start = end + 1;
        char first = char.ToLowerInvariant(text[start]);
        if (first == '\u2019') first = '\'';
        if (!byFirst.TryGetValue(first, out var phrases)) return -1;
        int longest = -1;
        foreach (string phrase in phrases)
        {
            int stop = start + phrase.Length;
            if (stop <= longest || stop > text.Length || (stop < text.Length && char.IsLetterOrDigit(text[stop]))) continue;
            if (PrecedingPhrases.IsAt(text, start, phrase)) longest = stop;
        }

        return longest;
    }
}
