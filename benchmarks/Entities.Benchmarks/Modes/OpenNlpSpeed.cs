using Entities.Cli.Training;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Entities.Benchmarks.Corpus;
using Entities.French.Extraction;
using Entities.French.Ner;
using Entities.Tagging;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// The throughput half of the OpenNLP comparison, on a text large enough for both runtimes to be warm:
/// <list type="bullet">
/// <item><c>opennlp-speed-tokens OUT MIN_TOKENS FILE…</c>: the sentences of the files (read as <c>entities eval</c> reads
/// them), repeated in order until at least <c>MIN_TOKENS</c> tokens, one sentence per line (OpenNLP's input).</item>
/// <item><c>opennlp-speed-ours TOKENS_FILE</c>: our throughput on the same sentences, one thread, after a warm-up
/// pass over the first 100k tokens: the tagger alone on the tokens of each line, and the full pipeline
/// (<see cref="FrenchEntityExtractor.ExtractEntities(string, System.Threading.CancellationToken)"/>: tokenizer, sentences,
/// tagger, refiners, alias resolution) on the lines joined back into running French text, 20 sentences per document.
/// Prints JSON: <c>{"tokens":…,"tagSeconds":…,"extractSeconds":…,"firstTagSeconds":…,"firstExtractSeconds":…}</c> (the
/// median warm pass, and the first pass with JIT warm-up); the token count is the one OpenNLP sees.</item>
/// </list>
/// </summary>
internal static class OpenNlpSpeed
{
    private const int SentencesPerDocument = 20;
    private const int TimedPasses = 3;

    /// <summary>Writes the token file; returns the exit code.</summary>
    public static int WriteTokens(string output, long minTokens, IReadOnlyList<string> files)
    {
        var lines = files.SelectMany(f => FrenchCorpus.Read(f)).Where(s => s.Tokens.Count > 0).Select(OpenNlpFormat.TokenLine).ToList();
        if (lines.Count == 0) throw new InvalidDataException("the speed files hold no sentence.");
        long tokens = 0;
        int passes = 0;
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
        {
            while (tokens < minTokens)
            {
                foreach (var line in lines)
                {
                    writer.WriteLine(line);
                    tokens += CountTokens(line);
                }

                passes++;
            }
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{output}: {tokens:N0} tokens, {lines.Count:N0} distinct sentences × {passes} pass(es)"));
        return 0;
    }

    /// <summary>Measures our throughput on a token file and prints it as JSON; returns the exit code.</summary>
    public static int MeasureOurs(string tokenFile)
    {
        var sentences = File.ReadLines(tokenFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList();
        long tokens = sentences.Sum(s => (long)s.Length);
        var documents = Documents(sentences);
        var tagger = FrenchModel.LoadDefault();
        var extractor = new FrenchEntityExtractor();

        // Warm-up: one whole pass of each over the text, so that tiered compilation has promoted the hot code; then the median of
        // TimedPasses passes (OpenNLP's one pass over the same text amortizes its JIT warm-up over ~15 s of tagging).
        double firstTagSeconds = Time(() => TagAll(tagger, sentences));
        double firstExtractSeconds = Time(() =>
        {
            foreach (var document in documents) extractor.ExtractEntities(document);
        });
        double tagSeconds = Median(TimedPasses, () => TagAll(tagger, sentences));
        double extractSeconds = Median(TimedPasses, () =>
        {
            foreach (var document in documents) extractor.ExtractEntities(document);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"tokens\":{tokens},\"tagSeconds\":{tagSeconds:F4},\"extractSeconds\":{extractSeconds:F4},\"firstTagSeconds\":{firstTagSeconds:F4},\"firstExtractSeconds\":{firstExtractSeconds:F4}}}"));
        return 0;
    }

    /// <summary>The first sentences of a token file (one tokenized sentence per line) up to <paramref name="maxTokens"/> corpus tokens, joined into documents as <see cref="MeasureOurs"/> does.</summary>
    public static (IReadOnlyList<string> Documents, long Tokens) ReadDocuments(string tokenFile, long maxTokens)
    {
        var sentences = TakeTokens(File.ReadLines(tokenFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList(), maxTokens);
        return (Documents(sentences), sentences.Sum(s => (long)s.Length));
    }

    private static int CountTokens(string line) => line.Count(c => c == ' ') + 1;

    private static List<string[]> TakeTokens(List<string[]> sentences, long tokens)
    {
        var taken = new List<string[]>();
        long count = 0;
        foreach (var sentence in sentences)
        {
            if (count >= tokens) break;
            taken.Add(sentence);
            count += sentence.Length;
        }

        return taken;
    }

    private static List<string> Documents(List<string[]> sentences)
    {
        var documents = new List<string>();
        for (int start = 0; start < sentences.Count; start += SentencesPerDocument)
        {
            var text = new StringBuilder();
            for (int i = start; i < Math.Min(start + SentencesPerDocument, sentences.Count); i++) FrenchTextJoiner.AppendSentence(text, sentences[i]);
            documents.Add(text.ToString());
        }

        return documents;
    }

    private static void TagAll(CrfTagger tagger, List<string[]> sentences)
    {
        var output = new List<TaggedSpan>();
        foreach (var sentence in sentences)
        {
            output.Clear();
            tagger.Tag(sentence, output);
        }
    }

    private static double Median(int passes, Action action)
    {
        var times = Enumerable.Range(0, passes).Select(_ => Time(action)).Order().ToArray();
        return times[times.Length / 2];
    }

    private static double Time(Action action)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
