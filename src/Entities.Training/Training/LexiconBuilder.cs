using Entities.Corpora;

namespace Entities.Training;

/// <summary>Derives word lists for <see cref="Tagging.FeatureConfiguration"/> from corpus text.</summary>
public static class LexiconBuilder
{
    /// <summary>
    /// Words that occur entirely in lower case at least <paramref name="minCount"/> times, outside entity spans
    /// (sorted ordinally; deterministic).
    /// </summary>
    public static IReadOnlyList<string> LowercaseWords(IEnumerable<CorpusSentence> sentences, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                string token = sentence.Tokens[i];
                if (sentence.Tags[i] != "O" || token.Length < 2 || !IsLowerWord(token)) continue;
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts.Where(p => p.Value >= minCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Words that occur entirely in lower case at least <paramref name="minCount"/> times in unlabelled text (token lists),
    /// sorted ordinally: the ordinary words of the language, beyond those of the labelled corpora.
    /// </summary>
    public static IReadOnlyList<string> LowercaseWords(IEnumerable<IReadOnlyList<string>> sentences, int minCount)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (string token in sentence)
            {
                if (token.Length >= 2 && IsLowerWord(token)) counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts.Where(p => p.Value >= minCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
    }

    private static bool IsLowerWord(string token)
    {
        bool letter = false;
        foreach (char c in token)
        {
            if (char.IsUpper(c) || char.IsDigit(c)) return false;
            letter |= char.IsLetter(c);
        }

        return letter;
    }
}
