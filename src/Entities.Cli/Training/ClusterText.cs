using System.IO.Compression;
using System.Text;
using Entities.Corpora;
using Entities.French.Tokenization;

namespace Entities.Cli.Training;

/// <summary>
/// The unlabelled text of <c>train --cluster-text</c>: IOB2 files (<c>.iob2</c>, their tokens) or raw text, one sentence or
/// paragraph per line (<c>.txt</c>, or gzip-compressed <c>.txt.gz</c>), tokenized by the French tokenizer into the same
/// normalized forms the tagger reads. Read lazily, line by line.
/// </summary>
internal static class ClusterText
{
    /// <summary>The token lists of <paramref name="path"/>.</summary>
    public static IEnumerable<IReadOnlyList<string>> Read(string path) =>
        path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".conll", StringComparison.OrdinalIgnoreCase)
            ? IobReader.ReadFile(path).Select(s => s.Tokens)
            : RawLines(path);

    private static IEnumerable<IReadOnlyList<string>> RawLines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var tokens = FrenchTokenizer.Default.Tokenize(line);
            if (tokens.Count == 0) continue;
            var words = new string[tokens.Count];
            for (int i = 0; i < words.Length; i++) words[i] = tokens[i].GetNormalized(line);
            yield return words;
        }
    }
}
