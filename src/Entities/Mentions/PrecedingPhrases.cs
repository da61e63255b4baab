namespace Entities.Mentions;

/// <summary>
/// Phrases that end with a preposition (<c>pdg de</c>, <c>pdg d'</c>, <c>salariés de</c>) and may stand right before a name:
/// lower case, straight apostrophes, compared case-insensitively at a word boundary. Immutable and thread-safe.
/// </summary>
internal sealed class PrecedingPhrases
{
    /// <summary>The longest phrase (characters).</summary>
    public const int MaxPhraseLength = 60;

    private readonly string[] phrases;

    /// <summary>The phrases by their last character (lower case): a name's context is compared only with those that can end there.</summary>
    private readonly Dictionary<char, string[]> byLast;

    /// <exception cref="ArgumentNullException"><paramref name="phrases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than <see cref="MaxPhraseLength"/> characters.</exception>
    public PrecedingPhrases(IEnumerable<string> phrases, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(phrases, parameterName);
        this.phrases = [.. phrases.Select(p => p.Trim()).Distinct(StringComparer.Ordinal)];
        if (this.phrases.Any(p => p.Length == 0 || p.Length > MaxPhraseLength)) throw new ArgumentException($"Phrases must be 1 to {MaxPhraseLength} characters.", parameterName);
        byLast = this.phrases.GroupBy(p => p[^1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Whether there is no phrase.</summary>
    public bool IsEmpty => phrases.Length == 0;

    /// <summary>Whether one of the phrases ends right before <paramref name="start"/> (one space after it, or none after an apostrophe).</summary>
    public bool EndBefore(string text, int start)
    {
        if (start < 1) return false;
        char before = text[start - 1];
        char last = before is '\'' or '\u2019' ? '\'' : before == ' ' && start >= 2 ? char.ToLowerInvariant(text[start - 2]) : '\0';
        if (last == '\0' || !byLast.TryGetValue(last, out var candidates)) return false;
        foreach (string phrase in candidates)
        {
            int gap = phrase[^1] == '\'' ? 0 : 1;
            int phraseStart = start - gap - phrase.Length;
            if (phraseStart < 0 || (gap == 1 && text[start - 1] != ' ')) continue;
            if (phraseStart > 0 && char.IsLetterOrDigit(text[phraseStart - 1])) continue;
            if (IsAt(text, phraseStart, phrase)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> (lower case, straight apostrophes) is written at <paramref name="at"/>, compared
    /// case-insensitively, a typographic apostrophe as a straight one. The caller checks the bounds and the word boundaries.
    /// </summary>
    internal static bool IsAt(string text, int at, string phrase)
    {
        for (int k = 0; k < phrase.Length; k++)
        {
            char c = text[at + k];
            if (c == '\u2019') c = '\'';
            if (char.ToLowerInvariant(c) != phrase[k]) return false;
        }

        return true;
    }
}
