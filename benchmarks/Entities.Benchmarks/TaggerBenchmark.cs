using BenchmarkDotNet.Attributes;
using Entities.Benchmarks.Corpus;
using Entities.French.Ner;
using Entities.Tagging;

namespace Entities.Benchmarks;

/// <summary>
/// The tagger alone: <see cref="CrfTagger.Tag(IReadOnlyList{string})"/> on every sentence of the corpus, given as the
/// normalized token strings the tokenizer emits (tokenization and splitting are done once, outside the measurement).
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmark
{
    private readonly List<TaggedSpan> buffer = [];
    private CrfTagger tagger = null!;
    private IReadOnlyList<string[]> sentences = [];

    /// <summary>Corpus size in corpus tokens.</summary>
    [ParamsSource(nameof(CorpusSizes))]
    public int CorpusTokens { get; set; }

    /// <summary>The corpus sizes to run.</summary>
    public static IEnumerable<int> CorpusSizes => [BenchmarkCorpus.RequestedTokens];

    /// <summary>Loads the model and prepares the sentences (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        tagger = FrenchModel.LoadDefault();
        sentences = PreparedCorpus.Get(CorpusTokens).Sentences;
    }

    /// <summary><see cref="CrfTagger.Tag(IReadOnlyList{string})"/>: a new list per sentence (the public one-call API).</summary>
    [Benchmark(Baseline = true)]
    public int Tag()
    {
        int count = 0;
        foreach (var sentence in sentences) count += tagger.Tag(sentence).Count;
        return count;
    }

    /// <summary><see cref="CrfTagger.Tag(IReadOnlyList{string}, List{TaggedSpan})"/> into one reused list.</summary>
    [Benchmark]
    public int TagIntoBuffer()
    {
        foreach (var sentence in sentences) tagger.Tag(sentence, buffer);
        int count = buffer.Count;
        buffer.Clear();
        return count;
    }
}
