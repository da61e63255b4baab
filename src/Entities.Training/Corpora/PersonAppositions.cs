using Entities.Tokenization;

namespace Entities.Corpora;

/// <summary>
/// Moves appositions out of person spans, as the project's convention keeps a person span to the name: old-press corpora
/// (HIPE, NewsEye) annotate <c>M . Zévaès , socialiste</c> or <c>ancien sénateur , M . Dide</c> as one person. A comma or
/// semicolon inside a person span followed by a lower-case word ends the span there (a trailing apposition); a span that
/// starts with a lower-case word and has a comma inside starts after the comma (a leading one), when a capitalized word
/// follows it. Lower-case words ending the span that are not name particles leave it too (<c>Dupont socialiste</c>), when the
/// options list the particles. Particles at the start of a name (<c>de Gaulle</c>) are kept: the leading rule needs the comma.
/// </summary>
internal static class PersonAppositions
{
    /// <summary>Rewrites the tags of one sentence in place.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">Their IOB2 tags, rewritten.</param>
    /// <param name="nameParticles">Lower-case words that may end a name (<c>de</c>, <c>von</c>); empty: trailing words are kept.</param>
    /// <param name="statistics">Counters, or null.</param>
    public static void MoveOut(List<string> tokens, List<string> tags, IReadOnlySet<string> nameParticles, IobReadStatistics? statistics)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tags[i] != "B-PER") continue;
            int end = i + 1;
            while (end < tokens.Count && tags[end] == "I-PER") end++;
            CutTrailing(tokens, tags, i, ref end, statistics);
            if (nameParticles.Count > 0) CutTrailingWords(tokens, tags, i, ref end, nameParticles, statistics);
            CutLeading(tokens, tags, i, end, statistics);
            i = end - 1;
        }
    }

    private static void CutTrailing(List<string> tokens, List<string> tags, int start, ref int end, IobReadStatistics? statistics)
    {
        for (int c = start + 1; c + 1 < end; c++)
        {
            if (!IsSeparator(tokens[c]) || !StartsLowerCase(tokens[c + 1])) continue;
            for (int k = c; k < end; k++) tags[k] = "O";
            end = c;
            if (statistics is not null) statistics.AppositionsMoved++;
            return;
        }
    }

    /// <summary>
    /// Removes lower-case words that end the span and are not name particles (<c>Dupont socialiste</c>), keeping the rest
    /// of a word an old print cut (<c>Chris¬ tiane</c>) and at least one word.
    /// </summary>
    private static void CutTrailingWords(List<string> tokens, List<string> tags, int start, ref int end, IReadOnlySet<string> nameParticles, IobReadStatistics? statistics)
    {
        int cut = end;
        while (cut - 1 > start && StartsLowerCase(tokens[cut - 1]) && !nameParticles.Contains(tokens[cut - 1].Replace('\u2019', '\''))
            && !CutMarks.EndsWithCutMark(tokens[cut - 2]))
        {
            cut--;
        }

        if (cut == end) return;
        for (int k = cut; k < end; k++) tags[k] = "O";
        end = cut;
        if (statistics is not null) statistics.AppositionsMoved++;
    }

    private static void CutLeading(List<string> tokens, List<string> tags, int start, int end, IobReadStatistics? statistics)
    {
        if (!StartsLowerCase(tokens[start])) return;
        for (int c = start + 1; c + 1 < end; c++)
        {
            if (tokens[c] != ",") continue;
            bool nameFollows = false;
            for (int k = c + 1; k < end && !nameFollows; k++) nameFollows = char.IsUpper(tokens[k][0]);
            if (!nameFollows) return;
            for (int k = start; k <= c; k++) tags[k] = "O";
            tags[c + 1] = "B-PER";
            if (statistics is not null) statistics.AppositionsMoved++;
            return;
        }
    }

    private static bool IsSeparator(string token) => token is "," or ";";

    private static bool StartsLowerCase(string token) => token.Length > 0 && char.IsLower(token[0]);
}
