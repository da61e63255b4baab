using System.Text;

namespace Entities.Corpora;

/// <summary>
/// Streams sentences from IOB2 files: one <c>TOKEN&lt;TAB&gt;TAG</c> per line (the tag is the last tab-separated
/// column), a blank line between sentences, <c>-DOCSTART-</c> lines between documents (skipped).
/// Malformed lines throw <see cref="IobFormatException"/> with <c>file:line:</c>. An <c>I-X</c> that does not
/// continue an <c>X</c> span (IOB1 style) is repaired to <c>B-X</c> and counted.
/// </summary>
public static class IobReader
{
    /// <summary>Reads the sentences of a file, lazily.</summary>
    /// <param name="path">The IOB2 file (UTF-8).</param>
    /// <param name="statistics">Optional counters to fill.</param>
    public static IEnumerable<CorpusSentence> ReadFile(string path, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFileIterator(path, statistics);
    }

    private static IEnumerable<CorpusSentence> ReadFileIterator(string path, IobReadStatistics? statistics)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var sentence in Read(reader, path, statistics))
            yield return sentence;
    }

    /// <summary>Reads the sentences of a text reader, lazily.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The name used in error messages (a file path).</param>
    /// <param name="statistics">Optional counters to fill.</param>
    public static IEnumerable<CorpusSentence> Read(TextReader reader, string sourceName, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadIterator(reader, sourceName, statistics);
    }

    private static IEnumerable<CorpusSentence> ReadIterator(TextReader reader, string sourceName, IobReadStatistics? statistics)
    {
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0, firstLine = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (tokens.Count > 0)
                {
                    yield return Flush(tokens, tags, sourceName, firstLine, statistics);
                    tokens = [];
                    tags = [];
                }
                continue;
            }

            int firstTab = line.IndexOf('\t');
            int lastTab = line.LastIndexOf('\t');
            if (firstTab < 0)
                throw new IobFormatException(sourceName, lineNumber, $"expected TOKEN<TAB>TAG, found no tab in \"{Truncate(line)}\"");
            string token = line[..firstTab];
            string tag = line[(lastTab + 1)..].Trim();
            if (token.Length == 0)
                throw new IobFormatException(sourceName, lineNumber, "empty token");
            string previous = tags.Count > 0 ? tags[^1] : "O";
            tag = CheckTag(tag, previous, sourceName, lineNumber, statistics);
            if (tokens.Count == 0) firstLine = lineNumber;
            tokens.Add(token);
            tags.Add(tag);
        }

        if (tokens.Count > 0)
            yield return Flush(tokens, tags, sourceName, firstLine, statistics);
    }

    private static string CheckTag(string tag, string previous, string sourceName, int lineNumber, IobReadStatistics? statistics)
    {
        if (tag == "O") return "O";
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
            throw new IobFormatException(sourceName, lineNumber, $"invalid tag \"{Truncate(tag)}\" (expected O, B-X or I-X)");
        if (!EntityLabels.TryParse(tag.AsSpan(2), out var label))
            throw new IobFormatException(sourceName, lineNumber, $"unknown entity type in tag \"{Truncate(tag)}\" (expected PER, LOC, ORG or MISC)");
        string code = label.ToCode();
        bool continues = previous.Length > 2 && previous.AsSpan(2).SequenceEqual(code);
        if (tag[0] == 'I' && !continues)
        {
            if (statistics is not null) statistics.RepairedTags++;
            return "B-" + code;
        }

        return tag[0] == 'B' ? "B-" + code : "I-" + code;
    }

    private static CorpusSentence Flush(List<string> tokens, List<string> tags, string sourceName, int firstLine, IobReadStatistics? statistics)
    {
        if (statistics is not null)
        {
            statistics.Sentences++;
            statistics.Tokens += tokens.Count;
        }

        return new CorpusSentence(tokens.ToArray(), tags.ToArray(), sourceName, firstLine);
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
