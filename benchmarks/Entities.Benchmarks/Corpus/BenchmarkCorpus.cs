using System.Collections.Concurrent;

namespace Entities.Benchmarks.Corpus;

/// <summary>
/// Realistic French text for benchmarks, as a list of documents. Built from the training files of the shared NER
/// corpora (tokens joined back into text with French spacing) when the shared data folder is found
/// (see <see cref="SharedDataDirectory"/>), topped up or replaced by text from the seeded <see cref="SentenceGenerator"/>.
/// The same size and data always give the same text.
/// </summary>
internal sealed class BenchmarkCorpus
{
    /// <summary>The default size: at least 1,000,000 corpus tokens.</summary>
    public const int DefaultTokens = 1_000_000;

    /// <summary>The environment variable that overrides the size (e.g. <c>1000000</c>).</summary>
    public const string SizeVariable = "ENTITIES_BENCH_TOKENS";

    /// <summary>The environment variable that forces the generated corpus (<c>1</c>) even when the shared data is present.</summary>
    public const string GeneratedOnlyVariable = "ENTITIES_BENCH_GENERATED";

    private const int Seed = 20260101;

    // Preferred order: clean modern text first, OCR'd historical press last.
    private static readonly string[] PreferredFiles = ["sequoia-fr.iob2", "wikineural-fr.iob2", "hipe2020-fr.iob2"];
    private static readonly ConcurrentDictionary<(int, bool), BenchmarkCorpus> Cache = new();

    private BenchmarkCorpus(IReadOnlyList<string> documents, int sourceTokens, string origin)
    {
        Documents = documents;
        SourceTokens = sourceTokens;
        Origin = origin;
        Characters = documents.Sum(d => (long)d.Length);
    }

    /// <summary>The documents.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Size in corpus tokens (IOB tokens, or word runs and punctuation for generated text), independent of the tokenizer measured.</summary>
    public int SourceTokens { get; }

    /// <summary>Total length in UTF-16 code units.</summary>
    public long Characters { get; }

    /// <summary>Where the text comes from, e.g. <c>shared NER train files (sequoia-fr.iob2, …)</c> or <c>generated</c>.</summary>
    public string Origin { get; }

    /// <summary>The size asked for by <see cref="SizeVariable"/>, or <see cref="DefaultTokens"/>.</summary>
    public static int RequestedTokens =>
        int.TryParse(Environment.GetEnvironmentVariable(SizeVariable), out int tokens) && tokens > 0 ? tokens : DefaultTokens;

    /// <summary>Gets the corpus of at least <paramref name="minTokens"/> corpus tokens (cached per size).</summary>
    public static BenchmarkCorpus Get(int minTokens)
    {
        bool generatedOnly = Environment.GetEnvironmentVariable(GeneratedOnlyVariable) == "1";
        return Cache.GetOrAdd((minTokens, generatedOnly), key => Build(key.Item1, key.Item2));
    }

    private static BenchmarkCorpus Build(int minTokens, bool generatedOnly)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minTokens);
        var documents = new List<string>();
        var origins = new List<string>();
        int tokens = 0;
        var trainFolder = generatedOnly ? null : SharedDataDirectory.Find() is { } shared ? Path.Combine(shared, "ner", "train") : null;
        if (trainFolder is not null && Directory.Exists(trainFolder))
        {
            foreach (var file in TrainFiles(trainFolder))
            {
                if (tokens >= minTokens) break;
                tokens += IobTextReader.Read(file, minTokens - tokens, documents);
                origins.Add(Path.GetFileName(file));
            }
        }

        if (tokens < minTokens)
        {
            var generator = new SentenceGenerator(GeneratorData.Load(), Seed);
            while (tokens < minTokens)
            {
                documents.Add(generator.NextDocument(out int count));
                tokens += count;
            }

            origins.Add("generated");
        }

        return new BenchmarkCorpus(documents.AsReadOnly(), tokens, string.Join(" + ", origins));
    }

    private static IEnumerable<string> TrainFiles(string folder)
    {
        var files = Directory.GetFiles(folder, "*.iob2").OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var name in PreferredFiles)
        {
            var match = files.FirstOrDefault(f => Path.GetFileName(f) == name);
            if (match is null) continue;
            files.Remove(match);
            yield return match;
        }

        foreach (var file in files) yield return file;
    }
}
