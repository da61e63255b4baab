using Entities.Graph;
using Entities.Mentions;
using Entities.Resolution;
using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities;

/// <summary>
/// The language-neutral extraction pipeline, the one place its stages are composed:
/// text → <see cref="ITokenizer"/> (tokens) → <see cref="ISentenceSplitter"/> (sentences) → <see cref="ITagger"/> (tagged
/// mentions) → <see cref="IMentionRefiner"/> (the rule layer) → <see cref="IAliasResolver"/> (document entities) →
/// <see cref="IEntityGraphStore"/> (graph nodes, through the shared <see cref="Linking.EntityLinker"/>) → <see cref="ExtractionResult"/>.
/// Immutable and thread-safe: share one instance across threads. A language pack (for French,
/// <c>Entities.French.Extraction.FrenchEntityExtractor</c>) supplies the tokenizer, splitter, tagger, refiners and resolver data.
/// </summary>
public sealed class EntityExtractor : IEntityExtractor
{
    private readonly ITokenizer tokenizer;
    private readonly ISentenceSplitter splitter;
    private readonly IAliasResolver resolver;
    private readonly MentionTagging tagging;
    private readonly IMentionRefiner? refiner;
    private readonly Roles.IRoleExtractor? roles;
    private readonly bool includeMiscellaneous;
    private readonly int maxDocumentLength;

    /// <summary>
    /// Token lists, and mention lists for results that copy them, reused from one call to the next (a document's tokens and
    /// mention lists are not kept once its result is built).
    /// </summary>
    private readonly Pooling.ScratchPool<WorkLists> workLists = new();

    /// <summary>Token lists longer than this are left to the garbage collector rather than kept for reuse.</summary>
    private const int MaxPooledTokens = 1 << 16;

    /// <summary>Mention lists longer than this are left to the garbage collector rather than kept for reuse.</summary>
    private const int MaxPooledMentions = 1 << 12;

    /// <summary>The lists of one call.</summary>
    private sealed class WorkLists
    {
        public List<Token> Tokens { get; } = [];

        public List<EntityMention> Mentions { get; } = [];

        public List<int> SentenceOfMention { get; } = [];

        public List<Sentence> Sentences { get; } = [];

        /// <summary>The mentions of the piece being processed, offsets into the piece.</summary>
        public List<EntityMention> PieceMentions { get; } = [];

        public List<int> PieceSentences { get; } = [];
    }

    /// <summary>
    /// Creates a pipeline from its stages; <paramref name="refiner"/> (optional) corrects the tagger's mentions before resolution,
    /// <paramref name="roles"/> (optional) reads the roles of the people of each document after it (<see cref="ExtractionResult.Roles"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">A stage is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public EntityExtractor(ITokenizer tokenizer, ISentenceSplitter splitter, ITagger tagger, IAliasResolver resolver, EntityExtractorOptions? options = null, IMentionRefiner? refiner = null, Roles.IRoleExtractor? roles = null)
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
        maxDocumentLength = options.MaxDocumentLength;
        this.refiner = refiner;
        this.roles = roles;
        includeMiscellaneous = options.IncludeMiscellaneous;
        tagging = new MentionTagging(tagger, options.MaxSentenceTokens, options.MinimumScore, options.IncludeMiscellaneous);
    }

    /// <summary>The tagger.</summary>
    public ITagger Tagger { get; }

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

    /// <summary>
    /// Extracts a batch of documents, on up to <paramref name="maxDegreeOfParallelism"/> threads, and yields one
    /// <see cref="DocumentResult"/> per document, lazily and in input order.
    /// </summary>
    /// <param name="documents">The documents; enumerated once, as results are consumed.</param>
    /// <param name="maxDegreeOfParallelism">How many documents are processed at the same time; 1 (the default) processes them on the caller's thread.</param>
    /// <param name="cancellationToken">
    /// Cancels the batch: no new document starts, the documents in progress stop at their next check (a cancelled document leaves
    /// nothing in the graph: it is merged whole or not at all), and the enumeration throws <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>The results, in the order of <paramref name="documents"/>. A document that fails (a <see langword="null"/> request or text,
    /// an id already in the graph) gives a result with <see cref="DocumentResult.Error"/> set; the others go on.</returns>
    /// <remarks>With a shared <see cref="Graph"/>, a request without an id is merged under a new id from <see cref="EntityGraph.NewDocumentId"/>,
    /// reported in <see cref="DocumentResult.Id"/>. With a store, documents are read on the threads and linked one at a time in
    /// input order as the results are consumed, so ids do not depend on the number of threads. When the caller stops
    /// enumerating early, the documents already started are finished first.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IEnumerable<DocumentResult> ExtractAll(IEnumerable<ExtractionRequest> documents, int maxDegreeOfParallelism = 1, CancellationToken cancellationToken = default) =>
        Store is null
            ? OrderedBatch.Run(documents, ExtractOne, maxDegreeOfParallelism, cancellationToken)
            : OrderedBatch.Run(documents, ReadOne, maxDegreeOfParallelism, cancellationToken).Select(LinkOne);

    /// <summary>The unlinked extraction of one request of a batch with a store (or what failed).</summary>
    private sealed record Pending(int Index, ExtractionRequest? Request, UnlinkedExtraction? Extraction, Exception? Error);

    private Pending ReadOne(int index, ExtractionRequest? request, CancellationToken cancellationToken)
    {
        try
        {
            if (request is null) throw new ArgumentNullException(nameof(request), $"Document {index} of the batch is null.");
            if (request.Text is null) throw new ArgumentNullException(nameof(request), $"Document {index} of the batch has no text.");
            if (request.Id is not null) ArgumentException.ThrowIfNullOrEmpty(request.Id, nameof(request));
            return new Pending(index, request, ExtractUnlinked(request.Text, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Pending(index, request, null, e);
        }
    }

    /// <summary>Links one read document of a batch, on the consuming thread, in input order.</summary>
    private DocumentResult LinkOne(Pending pending)
    {
        string? id = pending.Request?.Id;
        if (pending.Error is not null) return new DocumentResult(pending.Index, id, null, pending.Error);
        try
        {
            id ??= Store!.NewDocumentId();
            return new DocumentResult(pending.Index, id, Link(pending.Extraction!, id), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new DocumentResult(pending.Index, id, null, e);
        }
    }

    private DocumentResult ExtractOne(int index, ExtractionRequest? request, CancellationToken cancellationToken)
    {
        string? id = request?.Id;
        try
        {
            if (request is null) throw new ArgumentNullException(nameof(request), $"Document {index} of the batch is null.");
            if (request.Text is null) throw new ArgumentNullException(nameof(request), $"Document {index} of the batch has no text.");
            return new DocumentResult(index, id, Extract(request.Text, id, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new DocumentResult(index, id, null, e);
        }
    }

    private ExtractionResult Extract(string text, string? documentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Store is not null) return Link(ExtractUnlinked(text, cancellationToken), documentId);
        if (string.IsNullOrWhiteSpace(text)) return ExtractionResult.Empty;

        // Without a store the result copies the mentions when the resolver builds it (the mention lists of another resolver,
        // which might keep them, are new lists).
        var work = workLists.TryTake(out var pooled) ? pooled : new WorkLists();
        var direct = resolver as AliasResolver;
        var mentions = direct is null ? new List<EntityMention>() : work.Mentions;
        var sentenceOfMention = direct is null ? new List<int>() : work.SentenceOfMention;
        try
        {
            int tokenCount = Tag(text, work, mentions, sentenceOfMention, cancellationToken);
            if (mentions.Count == 0) return NoMentions(tokenCount);
            if (direct is not null) return WithRoles(text, direct.ResolveToResult(text, mentions, tokenCount, cancellationToken), cancellationToken);
            var resolved = resolver.Resolve(text, mentions, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return WithRoles(text, DocumentEntities.BuildPrivate(mentions, resolved, tokenCount), cancellationToken);
        }
        finally
        {
            Release(work);
        }
    }

    /// <summary>
    /// Extracts a document up to linking: tokens, mentions, resolved entities and roles, on any thread; <see cref="Link"/> then
    /// merges it into the <see cref="Store"/>. A batch that extracts on several threads and links in input order on one gives
    /// the same ids whatever the number of threads (what <see cref="ExtractAll"/> does with a store).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public UnlinkedExtraction ExtractUnlinked(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text)) return UnlinkedExtraction.Nothing(0);
        var mentions = new List<EntityMention>();
        var sentenceOfMention = new List<int>();
        var work = workLists.TryTake(out var pooled) ? pooled : new WorkLists();
        int tokenCount;
        try
        {
            tokenCount = Tag(text, work, mentions, sentenceOfMention, cancellationToken);
        }
        finally
        {
            Release(work);
        }

        if (mentions.Count == 0) return UnlinkedExtraction.Nothing(tokenCount);
        var resolved = resolver.Resolve(text, mentions, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // The roles are read on the mentions with their entities' labels (as the result gives them), so that the store records
        // them with the document.
        var entityOf = new int[mentions.Count];
        Array.Fill(entityOf, -1);
        var labeled = mentions.ToArray();
        for (int e = 0; e < resolved.Count; e++)
        {
            foreach (int m in resolved[e].MentionIndices)
            {
                entityOf[m] = e;
                if (labeled[m].Label != resolved[e].Label) labeled[m] = labeled[m] with { Label = resolved[e].Label };
            }
        }

        var found = roles is null ? [] : roles.Extract(text, labeled, cancellationToken);
        var graphRoles = found
            .Where(r => entityOf[r.PersonMention] >= 0 && (r.TargetMention is not { } t || entityOf[t] >= 0))
            .Select(r => new GraphRole(entityOf[r.PersonMention], r.Role, r.TargetMention is { } t ? entityOf[t] : null, r.Place))
            .ToArray();
        return new UnlinkedExtraction(mentions, sentenceOfMention, resolved, found, graphRoles, tokenCount);
    }

    /// <summary>
    /// Merges a document <see cref="ExtractUnlinked"/> read into the <see cref="Store"/> and returns its result (a document
    /// without mentions is still recorded).
    /// </summary>
    /// <param name="extraction">The document as read.</param>
    /// <param name="documentId">Its id in the store; <see langword="null"/> for a new one (<see cref="IEntityGraphStore.NewDocumentId"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="extraction"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The extractor has no store.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is empty or already in the graph.</exception>
    public ExtractionResult Link(UnlinkedExtraction extraction, string? documentId)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (Store is null) throw new InvalidOperationException("This extractor has no graph store to link into.");
        if (documentId is not null) ArgumentException.ThrowIfNullOrEmpty(documentId);
        string id = documentId ?? Store.NewDocumentId();
        if (extraction.Mentions.Count == 0)
        {
            Store.MergeLinked(id, [], [], []);
            return NoMentions(extraction.TokenCount);
        }

        var links = Store is EntityGraph graph
            ? graph.MergeLinkedUndescribed(id, extraction.Mentions, extraction.SentenceOfMention, extraction.Resolved, extraction.GraphRoles)
            : Store.MergeLinked(id, extraction.Mentions, extraction.SentenceOfMention, extraction.Resolved, extraction.GraphRoles);
        return DocumentEntities.Build(extraction.Mentions, extraction.Resolved, links, extraction.TokenCount).WithRoles(extraction.Roles);
    }

    /// <summary>
    /// Links several documents read by <see cref="ExtractUnlinked"/>, in order: in one write when the store is an
    /// <see cref="IBatchingGraphStore"/> (set-based, one transaction), else one at a time as <see cref="Link"/>. The graph is
    /// the same either way. When the batched write fails for a reason other than the store being unreachable, the documents
    /// are linked one at a time, so that each failure is the failing document's own.
    /// </summary>
    /// <param name="documents">The documents and their ids (<see langword="null"/> for a new id).</param>
    /// <returns>For each document, in order, its result or its error (with <see cref="DocumentResult.Index"/> its position).</returns>
    /// <exception cref="InvalidOperationException">The extractor has no store.</exception>
    /// <exception cref="GraphStoreUnavailableException">The store could not be reached.</exception>
    public IReadOnlyList<DocumentResult> LinkAll(IReadOnlyList<(UnlinkedExtraction Extraction, string? DocumentId)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (Store is null) throw new InvalidOperationException("This extractor has no graph store to link into.");
        if (Store is IBatchingGraphStore batching && documents.Count > 1)
        {
            var ids = documents.Select(d => d.DocumentId ?? Store.NewDocumentId()).ToArray();
            try
            {
                var links = batching.MergeLinkedBatch([.. documents.Select((d, i) => new GraphDocument(ids[i], d.Extraction.Mentions, d.Extraction.SentenceOfMention, d.Extraction.Resolved, d.Extraction.GraphRoles))]);
                return [.. documents.Select((d, i) => new DocumentResult(i, ids[i], d.Extraction.Mentions.Count == 0
                    ? NoMentions(d.Extraction.TokenCount)
                    : DocumentEntities.Build(d.Extraction.Mentions, d.Extraction.Resolved, links[i], d.Extraction.TokenCount).WithRoles(d.Extraction.Roles), null))];
            }
            catch (Exception e) when (e is not (GraphStoreUnavailableException or OperationCanceledException or OutOfMemoryException))
            {
                // Nothing of the batch was merged: one at a time below, each document with its own outcome.
                documents = [.. documents.Select((d, i) => (d.Extraction, (string?)ids[i]))];
            }
        }

        var results = new DocumentResult[documents.Count];
        for (int i = 0; i < results.Length; i++)
        {
            var (extraction, id) = documents[i];
            try
            {
                id ??= Store.NewDocumentId();
                results[i] = new DocumentResult(i, id, Link(extraction, id), null);
            }
            catch (Exception e) when (e is not (GraphStoreUnavailableException or OperationCanceledException or OutOfMemoryException))
            {
                results[i] = new DocumentResult(i, id, null, e);
            }
        }

        return results;
    }

    /// <summary>Tokenizes, splits, tags and refines <paramref name="text"/> (chunk by chunk), adding its mentions; returns its token count.</summary>
    private int Tag(string text, WorkLists work, List<EntityMention> mentions, List<int> sentenceOfMention, CancellationToken cancellationToken)
    {
        var tokens = work.Tokens;
        int sentenceOffset = 0;
        int tokenCount = 0;
        foreach (var (start, length) in DocumentChunks.Of(text, maxDocumentLength))
        {
            string piece = length == text.Length ? text : text.Substring(start, length);
            tokens.Clear();
            tokenizer.Tokenize(piece, tokens, cancellationToken);
            tokenCount += tokens.Count;
            var sentences = work.Sentences;
            splitter.Split(piece, tokens, sentences);

            var pieceMentions = work.PieceMentions;
            var pieceSentences = work.PieceSentences;
            pieceMentions.Clear();
            pieceSentences.Clear();
            tagging.Tag(piece, tokens, sentences, pieceMentions, pieceSentences, cancellationToken);
            if (refiner is not null) MentionRefinement.Refine(refiner, piece, tokens, sentences, pieceMentions, pieceSentences);
            for (int i = 0; i < pieceMentions.Count; i++)
            {
                var mention = pieceMentions[i];
                if (!includeMiscellaneous && mention.Label == EntityLabel.Miscellaneous) continue;
                mentions.Add(start == 0 ? mention : mention with { Start = mention.Start + start, End = mention.End + start });
                sentenceOfMention.Add(sentenceOffset + pieceSentences[i]);
            }

            sentenceOffset += sentences.Count;
        }

        return tokenCount;
    }

    /// <summary>Clears a call's lists and keeps them for the next call unless they grew too large.</summary>
    private void Release(WorkLists work)
    {
        work.Tokens.Clear();
        work.Sentences.Clear();
        work.Mentions.Clear();
        work.SentenceOfMention.Clear();
        work.PieceMentions.Clear();
        work.PieceSentences.Clear();
        if (work.Tokens.Capacity <= MaxPooledTokens && work.Mentions.Capacity <= MaxPooledMentions && work.PieceMentions.Capacity <= MaxPooledMentions) workLists.Return(work);
    }

    /// <summary>The result of a document without mentions (it keeps its token count).</summary>
    private static ExtractionResult NoMentions(int tokenCount) =>
        tokenCount == 0 ? ExtractionResult.Empty : new ExtractionResult([], []) { TokenCount = tokenCount };

    /// <summary>The result with the roles of its people, when the extractor reads roles.</summary>
    private ExtractionResult WithRoles(string text, ExtractionResult result, CancellationToken cancellationToken) =>
        roles is null ? result : result.WithRoles(roles.Extract(text, result.Mentions, cancellationToken));
}
