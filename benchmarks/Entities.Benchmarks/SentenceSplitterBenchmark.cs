using Entities.Sentences;
using BenchmarkDotNet.Attributes;
using Entities.Benchmarks.Corpus;
using Entities.French.Sentences;

namespace Entities.Benchmarks;

/// <summary>Splits the pre-tokenized corpus into sentences (tokenization is done once, outside the measurement).</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmark
{
    private readonly FrenchSentenceSplitter splitter = FrenchSentenceSplitter.Default;
    private IReadOnlyList<PreparedDocument> documents = [];

    /// <summary>Corpus size in corpus tokens.</summary>
    [ParamsSource(nameof(CorpusSizes))]
    public int CorpusTokens { get; set; }

    /// <summary>The corpus sizes to run.</summary>
    public static IEnumerable<int> CorpusSizes => [BenchmarkCorpus.RequestedTokens];

    /// <summary>Tokenizes the corpus (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => documents = PreparedCorpus.Get(CorpusTokens).Documents;

    /// <summary><see cref="FrenchSentenceSplitter.Split"/> over every document.</summary>
    [Benchmark]
    public int Split()
    {
        int count = 0;
        foreach (var document in documents) count += splitter.Split(document.Text, document.Tokens).Count;
        return count;
    }
}
