using Entities.Benchmarks.Corpus;
using Entities.French.Tokenization;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// Corpora of any size with the same make-up: the documents of a base <see cref="BenchmarkCorpus"/> in a seeded shuffled
/// order, taken until the size is reached and cycled when it exceeds the base. Sizes are counted in tokenizer tokens.
/// Repeating documents flatters throughput a little: the tagger keeps, per thread, a bounded cache of the feature sums of
/// the words it has seen (<c>WordRowCache</c>, up to 65,536 words), so a word met in an earlier pass is cheaper, as a
/// frequent word is in any long stream of fresh text.
/// </summary>
internal sealed class ScalingCorpus
{
    private readonly string[] documents;
    private readonly int[] tokenCounts;

    /// <summary>Builds the base corpus of <paramref name="baseTokens"/> corpus tokens and counts its tokenizer tokens.</summary>
    public ScalingCorpus(int baseTokens)
    {
        var corpus = BenchmarkCorpus.Get(baseTokens);
        Origin = corpus.Origin;
        documents = [.. corpus.Documents];
        new Random(7).Shuffle(documents);
        tokenCounts = documents.Select(d => FrenchTokenizer.Default.Tokenize(d).Count).ToArray();
        BaseTokens = tokenCounts.Sum(c => (long)c);
    }

    /// <summary>Where the base text comes from.</summary>
    public string Origin { get; }

    /// <summary>Tokenizer tokens of the base corpus.</summary>
    public long BaseTokens { get; }

    /// <summary>Documents totalling at least <paramref name="tokens"/> tokenizer tokens, and their exact token count.</summary>
    public (IReadOnlyList<string> Documents, long Tokens) Take(long tokens)
    {
        var taken = new List<string>();
        long count = 0;
        for (int i = 0; count < tokens; i = (i + 1) % documents.Length)
        {
            taken.Add(documents[i]);
            count += tokenCounts[i];
        }

        return (taken, count);
    }
}
