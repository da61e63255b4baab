using BenchmarkDotNet.Attributes;
using Entities.Benchmarks.Corpus;
using Entities.French.Resolution;

namespace Entities.Benchmarks;

/// <summary>
/// Alias resolution alone: <see cref="FrenchAliasResolver.Resolve"/> on every document of the corpus with the mentions the
/// default model finds there (tagging is done once, outside the measurement).
/// </summary>
[MemoryDiagnoser]
public class AliasResolutionBenchmark
{
    private readonly Entities.Resolution.AliasResolver resolver = FrenchAliasResolver.Default;
    private IReadOnlyList<PreparedDocument> documents = [];

    /// <summary>Corpus size in corpus tokens.</summary>
    [ParamsSource(nameof(CorpusSizes))]
    public int CorpusTokens { get; set; }

    /// <summary>The corpus sizes to run.</summary>
    public static IEnumerable<int> CorpusSizes => [BenchmarkCorpus.RequestedTokens];

    /// <summary>Tags the corpus (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => documents = PreparedCorpus.Get(CorpusTokens).TaggedDocuments;

    /// <summary>Resolves the mentions of every document.</summary>
    [Benchmark]
    public int Resolve()
    {
        int entities = 0;
        foreach (var document in documents) entities += resolver.Resolve(document.Text, document.Mentions).Count;
        return entities;
    }
}
