using BenchmarkDotNet.Attributes;
using Entities.Benchmarks.Corpus;
using Entities.French.Extraction;

namespace Entities.Benchmarks;

/// <summary>The full pipeline: <see cref="IEntityExtractor.ExtractEntities"/> of one shared <see cref="FrenchEntityExtractor"/> on every document.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private IEntityExtractor extractor = null!;
    private IReadOnlyList<string> documents = [];

    /// <summary>Corpus size in corpus tokens.</summary>
    [ParamsSource(nameof(CorpusSizes))]
    public int CorpusTokens { get; set; }

    /// <summary>The corpus sizes to run.</summary>
    public static IEnumerable<int> CorpusSizes => [BenchmarkCorpus.RequestedTokens];

    /// <summary>Creates the extractor and warms it on one document (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        documents = BenchmarkCorpus.Get(CorpusTokens).Documents;
        extractor = new FrenchEntityExtractor();
        _ = extractor.ExtractEntities(documents[0]);
    }

    /// <summary>Extracts the entities of every document.</summary>
    [Benchmark]
    public int ExtractEntities()
    {
        int mentions = 0;
        foreach (var document in documents) mentions += extractor.ExtractEntities(document).Mentions.Count;
        return mentions;
    }
}
