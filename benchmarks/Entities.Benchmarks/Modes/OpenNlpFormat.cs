using System.Text;
using Entities.Corpora;
using Entities.Evaluation;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// Converts normalized corpus sentences to and from the text format of OpenNLP's name finder: one sentence per line,
/// tokens separated by single spaces, each name wrapped as <c>&lt;START:per&gt; Jean Dupont &lt;END&gt;</c>; a blank line
/// marks a document boundary. The format is described in the OpenNLP manual; this code is written for this project.
/// </summary>
internal static class OpenNlpFormat
{
    private const string End = "<END>";
    private const string StartPrefix = "<START:";

    /// <summary>A token OpenNLP's whitespace tokenizer keeps as one token and never reads as a marker.</summary>
    public static string SafeToken(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char ch in token) sb.Append(char.IsWhiteSpace(ch) ? '_' : ch);
        var safe = sb.ToString();
        return safe == End || safe.StartsWith(StartPrefix, StringComparison.Ordinal) ? "_" + safe : safe;
    }

    /// <summary>One training line: the sentence with its gold names marked (every label kept, lower-case type).</summary>
    public static string TrainingLine(CorpusSentence sentence)
    {
        var spans = IobSpans.Extract(sentence.Tags);
        var line = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sentence.Tokens.Count; i++)
        {
            if (next < spans.Count && spans[next].Start == i) Append(line, StartPrefix + spans[next].Label.ToCode().ToLowerInvariant() + ">");
            Append(line, SafeToken(sentence.Tokens[i]));
            if (next < spans.Count && spans[next].End == i + 1)
            {
                Append(line, End);
                next++;
            }
        }

        return line.ToString();
    }

    /// <summary>One tagging input line: the tokens only.</summary>
    public static string TokenLine(CorpusSentence sentence) => string.Join(' ', sentence.Tokens.Select(SafeToken));

    /// <summary>Reads the names of one line of OpenNLP output as token spans; <paramref name="tokenCount"/> receives the number of tokens.</summary>
    /// <exception cref="FormatException">A marker is unbalanced or a type is not PER, LOC, ORG or MISC.</exception>
    public static List<(int Start, int End, EntityLabel Label)> ReadSpans(string line, out int tokenCount)
    {
        var spans = new List<(int, int, EntityLabel)>();
        int index = 0, start = -1;
        EntityLabel label = default;
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(StartPrefix, StringComparison.Ordinal) && part.EndsWith('>'))
            {
                if (start >= 0) throw new FormatException($"nested <START> in: {line}");
                var type = part[StartPrefix.Length..^1].ToUpperInvariant();
                if (!EntityLabels.TryParse(type, out label)) throw new FormatException($"unknown name type '{type}' in: {line}");
                start = index;
            }
            else if (part == End)
            {
                if (start < 0) throw new FormatException($"<END> without <START> in: {line}");
                spans.Add((start, index, label));
                start = -1;
            }
            else
            {
                index++;
            }
        }

        if (start >= 0) throw new FormatException($"<START> without <END> in: {line}");
        tokenCount = index;
        return spans;
    }

    private static void Append(StringBuilder line, string part)
    {
        if (line.Length > 0) line.Append(' ');
        line.Append(part);
    }
}
