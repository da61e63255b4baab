using System.Collections.Concurrent;
using Entities.Benchmarks.Corpus;
using Entities.French.Tokenization;

namespace Entities.Benchmarks.Columns;

/// <summary>The number of tokens <see cref="FrenchTokenizer.Default"/> produces on a corpus, computed once per size in the host process.</summary>
internal static class CorpusTokenCounts
{
    private static readonly ConcurrentDictionary<int, long> Counts = new();

    /// <summary>Tokens produced on the corpus of <paramref name="corpusTokens"/> corpus tokens.</summary>
    public static long Get(int corpusTokens) => Counts.GetOrAdd(corpusTokens, static size =>
    {
        long count = 0;
        foreach (var document in BenchmarkCorpus.Get(size).Documents) count += FrenchTokenizer.Default.Tokenize(document).Count;
        return count;
    });
}
