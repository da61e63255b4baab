using Entities.Sentences;
using BenchmarkDotNet.Attributes;
using Entities.Benchmarks.Corpus;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Tokenization;

namespace Entities.Benchmarks;

/// <summary>
/// Tokenizes the whole <see cref="BenchmarkCorpus"/> once per operation. The Tokens/s and B/token columns divide by the
/// number of tokens the tokenizer produces on the corpus (see <see cref="CorpusTokenCounts"/>).
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmark
{
    private readonly FrenchTokenizer tokenizer = FrenchTokenizer.Default;
    private readonly FrenchSentenceSplitter splitter = FrenchSentenceSplitter.Default;
    private readonly List<Token> buffer = new(1 << 16);
    private IReadOnlyList<string> documents = [];

    /// <summary>Corpus size in corpus tokens (<c>ENTITIES_BENCH_TOKENS</c>, default 100,000).</summary>
    [ParamsSource(nameof(CorpusSizes))]
    public int CorpusTokens { get; set; }

    /// <summary>The corpus sizes to run.</summary>
    public static IEnumerable<int> CorpusSizes => [BenchmarkCorpus.RequestedTokens];

    /// <summary>Builds the corpus (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => documents = BenchmarkCorpus.Get(CorpusTokens).Documents;

    /// <summary><see cref="ITokenizer.Tokenize(string)"/>: a new list per document.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int count = 0;
        foreach (var document in documents) count += tokenizer.Tokenize(document).Count;
        return count;
    }

    /// <summary><see cref="ITokenizer.Tokenize(string, List{Token})"/> into one reused list.</summary>
    [Benchmark]
    public int TokenizeIntoBuffer()
    {
        int count = 0;
        foreach (var document in documents)
        {
            buffer.Clear();
            tokenizer.Tokenize(document, buffer);
            count += buffer.Count;
        }

        return count;
    }

    /// <summary>Tokenization followed by sentence splitting.</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        int count = 0;
        foreach (var document in documents)
        {
            var tokens = tokenizer.Tokenize(document);
            count += splitter.Split(document, tokens).Count;
        }

        return count;
    }
}
