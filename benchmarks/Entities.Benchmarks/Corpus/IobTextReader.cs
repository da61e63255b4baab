using System.Text;

namespace Entities.Benchmarks.Corpus;

/// <summary>
/// Turns IOB2 files (<c>TOKEN&lt;TAB&gt;TAG</c> per line, blank line between sentences, <c>-DOCSTART-</c> between documents)
/// back into running French text, one string per document, five sentences per paragraph.
/// Documents without <c>-DOCSTART-</c> markers are cut every <see cref="SentencesPerDocument"/> sentences.
/// </summary>
internal static class IobTextReader
{
    /// <summary>Sentences per document when the file marks no document boundary.</summary>
    public const int SentencesPerDocument = 40;

    private const int SentencesPerParagraph = 5;

    /// <summary>Reads documents from <paramref name="path"/> until at least <paramref name="maxTokens"/> corpus tokens are read.</summary>
    /// <param name="path">The IOB2 file.</param>
    /// <param name="maxTokens">Stop after the sentence that reaches this many tokens.</param>
    /// <param name="documents">Receives the documents.</param>
    /// <returns>The number of corpus tokens read.</returns>
    public static int Read(string path, int maxTokens, List<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var document = new StringBuilder();
        var sentence = new List<string>();
        int tokenCount = 0;
        int sentencesInDocument = 0;

        void EndSentence()
        {
            if (sentence.Count == 0) return;
            if (sentencesInDocument > 0 && sentencesInDocument % SentencesPerParagraph == 0) document.Append("\n\n");
            FrenchTextJoiner.AppendSentence(document, sentence);
            tokenCount += sentence.Count;
            sentence.Clear();
            sentencesInDocument++;
            if (sentencesInDocument >= SentencesPerDocument) EndDocument();
        }

        void EndDocument()
        {
            if (document.Length > 0) documents.Add(document.Append('\n').ToString());
            document.Clear();
            sentencesInDocument = 0;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (tokenCount >= maxTokens) break;
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            var token = tab < 0 ? line : line[..tab];
            if (token == "-DOCSTART-")
            {
                EndSentence();
                EndDocument();
                continue;
            }

            sentence.Add(token);
        }

        EndSentence();
        EndDocument();
        return tokenCount;
    }
}
