using System.Collections.Concurrent;
using Entities.French.Ner;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Benchmarks.Corpus;

/// <summary>
/// A <see cref="BenchmarkCorpus"/> run through the stages that come before the one under test, computed once per size and
/// cached: tokens, sentences, the normalized token strings of every sentence (the tagger's input) and, on demand, the
/// tagger's mentions with character offsets (the alias resolver's input).
/// </summary>
internal sealed class PreparedCorpus
{
    private static readonly ConcurrentDictionary<int, PreparedCorpus> Cache = new();
    private readonly Lazy<IReadOnlyList<PreparedDocument>> tagged;

    private PreparedCorpus(BenchmarkCorpus corpus)
    {
        Corpus = corpus;
        var documents = new List<PreparedDocument>(corpus.Documents.Count);
        foreach (var text in corpus.Documents)
        {
            var tokens = FrenchTokenizer.Default.Tokenize(text);
            var sentences = FrenchSentenceSplitter.Default.Split(text, tokens);
            var words = new string[sentences.Count][];
            for (int s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                words[s] = new string[sentence.TokenCount];
                for (int i = 0; i < sentence.TokenCount; i++) words[s][i] = tokens[sentence.FirstToken + i].GetNormalized(text);
            }

            documents.Add(new PreparedDocument(text, tokens, sentences, words, []));
        }

        Documents = documents;
        Sentences = documents.SelectMany(d => d.SentenceTokens).ToArray();
        tagged = new Lazy<IReadOnlyList<PreparedDocument>>(Tag);
    }

    /// <summary>The corpus.</summary>
    public BenchmarkCorpus Corpus { get; }

    /// <summary>The documents, without mentions.</summary>
    public IReadOnlyList<PreparedDocument> Documents { get; }

    /// <summary>Every sentence of the corpus as normalized token strings.</summary>
    public IReadOnlyList<string[]> Sentences { get; }

    /// <summary>The documents with the mentions found by the default model (computed on first use).</summary>
    public IReadOnlyList<PreparedDocument> TaggedDocuments => tagged.Value;

    /// <summary>Gets the prepared corpus of at least <paramref name="corpusTokens"/> corpus tokens.</summary>
    public static PreparedCorpus Get(int corpusTokens) => Cache.GetOrAdd(corpusTokens, size => new PreparedCorpus(BenchmarkCorpus.Get(size)));

    private IReadOnlyList<PreparedDocument> Tag()
    {
        var tagger = FrenchModel.LoadDefault();
        var spans = new List<TaggedSpan>();
        var result = new List<PreparedDocument>(Documents.Count);
        foreach (var document in Documents)
        {
            var mentions = new List<EntityMention>();
            var sentenceOfMention = new List<int>();
            for (int s = 0; s < document.Sentences.Count; s++)
            {
                spans.Clear();
                tagger.Tag(document.SentenceTokens[s], spans);
                int first = document.Sentences[s].FirstToken;
                foreach (var span in spans)
                {
                    int start = document.Tokens[first + span.Start].Start;
                    int end = document.Tokens[first + span.End - 1].End;
                    mentions.Add(new EntityMention(start, end, document.Text[start..end], span.Label, span.Score, null));
                    sentenceOfMention.Add(s);
                }
            }

            result.Add(document with { Mentions = mentions, SentenceOfMention = sentenceOfMention });
        }

        return result;
    }
}

/// <summary>One document of a <see cref="PreparedCorpus"/>.</summary>
/// <param name="Text">The text.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="SentenceTokens">The normalized token strings of each sentence.</param>
/// <param name="Mentions">The tagger's mentions (empty until tagged).</param>
internal sealed record PreparedDocument(
    string Text,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    string[][] SentenceTokens,
    IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>The sentence index of each mention.</summary>
    public IReadOnlyList<int> SentenceOfMention { get; init; } = [];
}
