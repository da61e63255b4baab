using Entities.Graph;
using Entities.Mentions;
using Entities.Resolution;
using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities;

/// <summary>
/// The language-neutral extraction pipeline: text → tokens → sentences → tagged mentions → document entities → graph nodes.
/// Immutable and thread-safe: share one instance across threads. A language package (for French,
/// <c>Entities.French.Extraction.FrenchEntityExtractor</c>) supplies the tokenizer, splitter, model and resolver.
/// </summary>
public sealed class EntityExtractor : IEntityExtractor
{
    private readonly ITokenizer tokenizer;
    private readonly ISentenceSplitter splitter;
    private readonly IAliasResolver resolver;
    private readonly MentionDecoder decoder;

    /// <summary>Creates a pipeline from its stages; <paramref name="refiner"/> (optional) corrects the tagger's mentions before resolution.</summary>
    /// <exception cref="ArgumentNullException">A stage is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public EntityExtractor(ITokenizer tokenizer, ISentenceSplitter splitter, EntityTagger tagger, IAliasResolver resolver, EntityExtractorOptions? options = null, IMentionRefiner? refiner = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(resolver);
        options ??= new EntityExtractorOptions();
        options.ThrowIfInvalid();
        this.tokenizer = tokenizer;
        this.splitter = splitter;
        this.resolver = resolver;
        Tagger = tagger;
        Graph = options.Graph ?? options.Store as EntityGraph;
        Store = options.Store ?? options.Graph;
        decoder = new MentionDecoder(tagger, options.MaxSentenceTokens, options.MinimumScore, options.IncludeMiscellaneous, refiner);
    }

    /// <summary>The tagging model.</summary>
    public EntityTagger Tagger { get; }

    /// <summary>The shared graph every document is merged into, or <see langword="null"/> when each call has private entities.</summary>
    public EntityGraph? Graph { get; }

    /// <summary>The store every document is linked into (<see cref="Graph"/> or another <see cref="IEntityGraphStore"/>), or <see langword="null"/>.</summary>
    public IEntityGraphStore? Store { get; }

    /// <inheritdoc />
    /// <remarks>With a shared <see cref="Graph"/>, the document is merged under a new id from <see cref="EntityGraph.NewDocumentId"/>.</remarks>
    public ExtractionResult ExtractEntities(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text, documentId: null, cancellationToken);
    }

    /// <summary>Finds the named entities of <paramref name="text"/> and, with a shared <see cref="Graph"/>, merges them under <paramref name="documentId"/>.</summary>
    /// <param name="text">The document.</param>
    /// <param name="documentId">The document's id in the graph (its path, URL, database key); must be new to the graph.</param>
    /// <param name="cancellationToken">Cancels the extraction; the graph is left unchanged when cancelled.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is empty or already in the graph.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult ExtractEntities(string text, string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return Extract(text, documentId, cancellationToken);
    }

    private ExtractionResult Extract(string text, string? documentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text)) return ExtractionResult.Empty;
        var tokens = tokenizer.Tokenize(text);
        var sentences = splitter.Split(text, tokens);
        var tagged = decoder.Decode(text, tokens, sentences, cancellationToken);
        if (tagged.Mentions.Count == 0) return ExtractionResult.Empty;
        var resolved = resolver.Resolve(text, tagged.Mentions);
        cancellationToken.ThrowIfCancellationRequested();
        var links = Store is null
            ? DocumentEntities.PrivateLinks(resolved)
            : Store.MergeLinked(documentId ?? Store.NewDocumentId(), tagged.Mentions, tagged.SentenceOfMention, resolved);
        return DocumentEntities.Build(tagged.Mentions, resolved, links);
    }
}
