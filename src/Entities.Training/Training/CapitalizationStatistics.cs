using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Counts, in unlabelled text, how often each word is capitalized where French capitalizes only names: inside a sentence,
/// not after sentence-final punctuation, a colon, a quote or a dash (which may open a new sentence). All-capital tokens
/// (headlines, acronyms) say nothing about that and are not counted. The ratio is bucketed into
/// <see cref="ClassCount"/> classes (<see cref="WordCapitalization"/>). Deterministic.
/// </summary>
public static class CapitalizationStatistics
{
    /// <summary>Upper bounds (exclusive) of the ratio classes but the last.</summary>
    private static readonly double[] Bounds = [0.02, 0.2, 0.5, 0.8, 0.98];

    /// <summary>Number of ratio classes.</summary>
    public static int ClassCount => Bounds.Length + 1;

    /// <summary>The capitalization classes of the words of <paramref name="sentences"/> seen at least <paramref name="minCount"/> times mid-sentence.</summary>
    /// <param name="sentences">Unlabelled text, one token list per sentence.</param>
    /// <param name="minCount">Words counted fewer times get no class.</param>
    public static IReadOnlyList<WordCapitalization> Classify(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var counts = new Dictionary<string, (int Seen, int Capitalized)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (int i = 1; i < sentence.Count; i++)
            {
                string token = sentence[i];
                if (token.Length == 0 || !char.IsLetter(token[0]) || IsAllUpper(token) || MayOpenSentence(sentence[i - 1])) continue;
                string lower = token.ToLowerInvariant().Replace('\u2019', '\'');
                var (seen, capitalized) = counts.GetValueOrDefault(lower);
                counts[lower] = (seen + 1, capitalized + (char.IsUpper(token[0]) ? 1 : 0));
            }
        }

        return counts.Where(p => p.Value.Seen >= minCount)
            .Select(p => new WordCapitalization(p.Key, ClassOf((double)p.Value.Capitalized / p.Value.Seen)))
            .OrderBy(w => w.Word, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The class of a mid-sentence capitalization ratio in [0, 1].</summary>
    public static int ClassOf(double ratio)
    {
        int c = 0;
        while (c < Bounds.Length && ratio >= Bounds[c]) c++;
        return c;
    }

    private static bool MayOpenSentence(string previous) =>
        previous is "." or "!" or "?" or ":" or "…" or "..." or "«" or "\"" or "“" or "—" or "–" or "-" or "(" or ";";

    private static bool IsAllUpper(string token)
    {
        if (token.Length < 2) return false;
        foreach (char c in token) if (char.IsLower(c)) return false;
        return true;
    }
}
