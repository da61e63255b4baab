namespace Entities.Corpora;

/// <summary>
/// Brings corpora to the project's conventions and token stream: split elisions (<c>l ' Otan</c>) become
/// <c>l'</c> + <c>Otan</c>, hyphenated names split inside an entity (<c>Adis - Abbeba</c>) become one token,
/// typographic apostrophes become <c>'</c>, appositions set off by a comma leave person spans (HIPE's
/// <c>M . Ador , conseiller fédéral</c> and <c>ancien ministre , M . Dide</c> keep only their name part), and then leading
/// titles (<c>M .</c>, <c>Mme</c>, <c>Dr</c>) leave person spans.
/// </summary>
public sealed class CorpusNormalizer
{
    private readonly HashSet<string> titles;
    private readonly HashSet<string> elisions;
    private readonly HashSet<string> nameParticles;
    private readonly HashSet<string> literalLocations;
    private readonly HashSet<string> titleParticles;

    /// <summary>Creates a normalizer over the given word lists.</summary>
    public CorpusNormalizer(CorpusNormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        titles = new HashSet<string>(options.TitleWords, StringComparer.OrdinalIgnoreCase);
        elisions = new HashSet<string>(options.ElisionWords, StringComparer.OrdinalIgnoreCase);
        nameParticles = new HashSet<string>(options.NameParticles.Select(p => p.Replace('\u2019', '\'')), StringComparer.Ordinal);
        titleParticles = new HashSet<string>(options.TitleParticles.Select(p => p.Replace('\u2019', '\'')), StringComparer.Ordinal);
        literalLocations = new HashSet<string>(options.LiteralLocations.Select(Knowledge.TextFolding.Fold), StringComparer.Ordinal);
    }

    /// <summary>Normalizes every sentence of a sequence, lazily.</summary>
    public IEnumerable<CorpusSentence> Normalize(IEnumerable<CorpusSentence> sentences, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
            yield return Normalize(sentence, statistics);
    }

    /// <summary>Returns the normalized form of one sentence.</summary>
    public CorpusSentence Normalize(CorpusSentence sentence, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<string>(sentence.Count);
        var tags = new List<string>(sentence.Count);
        int n = sentence.Count;
        for (int i = 0; i < n; i++)
        {
            string token = sentence.Tokens[i].Replace('\u2019', '\'');
            string tag = sentence.Tags[i];
            if (i + 1 < n && IsApostrophe(sentence.Tokens[i + 1]) && elisions.Contains(token) && !IsInsideNext(sentence, i + 1))
            {
                tokens.Add(token + "'");
                tags.Add(tag);
                i++;
                if (statistics is not null) statistics.ElisionsJoined++;
                continue;
            }

            if (i + 2 < n && tag != "O" && sentence.Tokens[i + 1] == "-" && sentence.Tags[i + 1].StartsWith("I-", StringComparison.Ordinal)
                && sentence.Tags[i + 2].StartsWith("I-", StringComparison.Ordinal) && IsLetters(token) && IsLetters(sentence.Tokens[i + 2]))
            {
                // Joins chains such as "Saint - Jean - de - Luz".
                string joined = token + "-" + sentence.Tokens[i + 2];
                i += 2;
                while (i + 2 < n && sentence.Tokens[i + 1] == "-" && sentence.Tags[i + 1].StartsWith("I-", StringComparison.Ordinal)
                    && sentence.Tags[i + 2].StartsWith("I-", StringComparison.Ordinal) && IsLetters(sentence.Tokens[i + 2]))
                {
                    joined += "-" + sentence.Tokens[i + 2];
                    i += 2;
                }

                tokens.Add(joined);
                tags.Add(tag);
                if (statistics is not null) statistics.HyphensJoined++;
                continue;
            }

            tokens.Add(token);
            tags.Add(tag);
        }

        PersonAppositions.MoveOut(tokens, tags, nameParticles, statistics);
        MoveTitlesOut(tokens, tags, statistics);
        if (literalLocations.Count > 0) RelabelLiteralLocations(tokens, tags, statistics);
        return new CorpusSentence(tokens.ToArray(), tags.ToArray(), sentence.Source, sentence.Line);
    }

    private static bool IsInsideNext(CorpusSentence sentence, int apostrophe) =>
        sentence.Tags[apostrophe].StartsWith("B-", StringComparison.Ordinal);

    /// <summary>Relabels as LOC the ORG spans whose whole text (tokens joined by spaces) folds like a literal location.</summary>
    private void RelabelLiteralLocations(List<string> tokens, List<string> tags, IobReadStatistics? statistics)
    {
        for (int start = 0; start < tags.Count; start++)
        {
            if (!tags[start].StartsWith("B-", StringComparison.Ordinal)) continue;
            int end = start + 1;
            while (end < tags.Count && tags[end] == "I-" + tags[start][2..]) end++;
            if (tags[start] is not "B-ORG" || !literalLocations.Contains(Knowledge.TextFolding.Fold(string.Join(' ', tokens.GetRange(start, end - start))))) continue;
            tags[start] = "B-LOC";
            for (int i = start + 1; i < end; i++) tags[i] = "I-LOC";
            if (statistics is not null) statistics.LiteralLocations++;
        }
    }

    private static bool IsApostrophe(string token) => token is "'" or "\u2019";

    private static bool IsLetters(string token)
    {
        foreach (char c in token)
            if (!char.IsLetter(c)) return false;
        return token.Length > 0;
    }

    private void MoveTitlesOut(List<string> tokens, List<string> tags, IobReadStatistics? statistics)
    {
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            // An elided article is not part of a name: "l'|B-ORG Otan|I-ORG" becomes "l'|O Otan|B-ORG".
            string token = tokens[i];
            if (tags[i].StartsWith("B-", StringComparison.Ordinal) && token.Length > 1 && token[^1] == '\''
                && elisions.Contains(token[..^1]) && tags[i + 1] == "I-" + tags[i][2..])
            {
                tags[i + 1] = tags[i];
                tags[i] = "O";
            }
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if (tags[i] != "B-PER") continue;
            int j = i;
            while (j < tokens.Count && (j == i || tags[j] == "I-PER"))
            {
                bool isTitle = titles.Contains(tokens[j].TrimEnd('.'));
                bool isDot = tokens[j] == "." && j > i;
                if (!isTitle && !isDot) break;
                j++;
            }

            // A particle right after a title, inside the span or with the title before it, leaves too when a name follows.
            bool afterTitle = j > i || (i > 0 && tags[i - 1] == "O" && titles.Contains(tokens[i - 1].TrimEnd('.')));
            if (afterTitle && j + 1 < tokens.Count && (j == i || tags[j] == "I-PER") && tags[j + 1] == "I-PER"
                && titleParticles.Contains(tokens[j].Replace('\u2019', '\'')))
                j++;

            // j = first token after the leading titles; keep the span only when a name remains.
            if (j == i || j >= tokens.Count || tags[j] != "I-PER") continue;
            for (int k = i; k < j; k++)
            {
                tags[k] = "O";
                if (statistics is not null) statistics.TitlesMoved++;
            }

            tags[j] = "B-PER";
            i = j;
        }
    }
}
