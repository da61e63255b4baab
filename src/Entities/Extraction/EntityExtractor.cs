using Entities.Graph;
using Entities.Mentions;
using Entities.Resolution;
using Entities.Roles;
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

    /// <summary>The phrases that say two people share a name (<see cref="RoleLexicon.HomonymCues"/> of the role extractor's lexicon), normalized.</summary>
    private readonly string[] homonymCues;
    private readonly bool includeMiscellaneous;
    private readonly int maxDocumentLength;

    /// <summary>The pieces of a block (token, sentence and mention lists), reused from one call to the next (a document's tokens are not kept once it is tagged).</summary>
    private readonly Pooling.ScratchPool<BlockWork> blockWork = new();

    private const int MaxPooledTokens = 1 << 16;

    private const int MaxPooledMentions = 1 << 12;

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
        homonymCues = roles is RoleExtractor reader ? NamesakeSplitter.NormalizeCues(reader.Lexicon.HomonymCues) : [];
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
    /// enumerating early, the documents already started are finished first.
    /// <para>Documents are read in blocks of consecutive documents (up to 128 on one thread, 16 on several, and 1M characters unless one document is longer),
    /// each stage over the whole block before the next (every rule over every document of the block): the stages' tables stay
    /// in the processor's caches, which makes a batch on one thread about a fifth faster than the same documents one call
    /// at a time. Each document gets the result it gets alone, whatever its block; results are yielded a block at a time.</para></remarks>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IEnumerable<DocumentResult> ExtractAll(IEnumerable<ExtractionRequest> documents, int maxDegreeOfParallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        var blocks = Blocks(documents, BlockDocuments(maxDegreeOfParallelism), cancellationToken);
        return Store is null
            ? OrderedBatch.Run(blocks, ExtractBlock, maxDegreeOfParallelism, cancellationToken).SelectMany(results => results)
            : OrderedBatch.Run(blocks, ReadBlock, maxDegreeOfParallelism, cancellationToken).SelectMany(read => read).Select(LinkOne);
    }

    /// <summary>
    /// Reads several documents up to linking, as <see cref="ExtractUnlinked"/> reads each, in blocks stage by stage as
    /// <see cref="ExtractAll"/> does, on the caller's thread; <see cref="LinkAll"/> or <see cref="Link"/> then merges them.
    /// </summary>
    /// <param name="texts">The documents.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per text, in order: its extraction, or the error that stopped it (the others go on).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<UnlinkedResult> ExtractUnlinkedAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new List<UnlinkedResult>(texts.Count);
        foreach (var block in Blocks(texts.Select(text => new ExtractionRequest(text)), MaxBlockDocuments, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var read in ReadBlock(0, block, cancellationToken)) results.Add(new UnlinkedResult(read.Index, read.Extraction, read.Error));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }

    /// <summary>The most documents of a batch read together, stage by stage (<see cref="TagBlock"/>).</summary>
    internal const int MaxBlockDocuments = 128;

    /// <summary>The most documents of a block when several threads share a batch: enough blocks for every thread in a small batch.</summary>
    internal const int MaxParallelBlockDocuments = 16;

    /// <summary>The most documents of a block for a batch on <paramref name="threads"/> threads.</summary>
    private static int BlockDocuments(int threads) => threads == 1 ? MaxBlockDocuments : MaxParallelBlockDocuments;

    /// <summary>The most characters of the documents of a block (a longer document makes a block of its own).</summary>
    internal const int MaxBlockCharacters = 1 << 20;

    /// <summary>Documents of a batch read together: the first one's position in the batch, and the requests.</summary>
    private sealed record Block(int First, ExtractionRequest?[] Requests);

    /// <summary>
    /// Cuts a batch into blocks of consecutive documents, lazily (<paramref name="maxDocuments"/>, <see cref="MaxBlockCharacters"/>);
    /// once <paramref name="cancellationToken"/> is cancelled, no further document is requested.
    /// </summary>
    private static IEnumerable<Block> Blocks(IEnumerable<ExtractionRequest> documents, int maxDocuments, CancellationToken cancellationToken)
    {
        var requests = new List<ExtractionRequest?>(maxDocuments);
        long characters = 0;
        int first = 0;
        foreach (var request in documents)
        {
            int length = request?.Text?.Length ?? 0;
            if (requests.Count > 0 && (requests.Count == maxDocuments || characters + length > MaxBlockCharacters))
            {
                yield return new Block(first, [.. requests]);
                first += requests.Count;
                requests.Clear();
                characters = 0;
            }

            requests.Add(request);
            characters += length;
            if (cancellationToken.IsCancellationRequested) break;   // (the batch then stops before the block)
        }

        if (requests.Count > 0) yield return new Block(first, [.. requests]);
    }

    /// <summary>Extracts a block of a batch without a store: one result per document, a failing document with its error.</summary>
    private DocumentResult[] ExtractBlock(int _, Block block, CancellationToken cancellationToken) =>
        EachDocument(
            block,
            check: null,
            (index, request, tagged) => new DocumentResult(index, request.Id, Finish(request.Text, tagged, cancellationToken), null),
            (index, request, error) => new DocumentResult(index, request?.Id, null, error),
            cancellationToken);

    /// <summary>Reads a block of a batch with a store up to linking (<see cref="LinkOne"/> links each document, in order).</summary>
    private Pending[] ReadBlock(int _, Block block, CancellationToken cancellationToken) =>
        EachDocument(
            block,
            request => { if (request.Id is not null) ArgumentException.ThrowIfNullOrEmpty(request.Id, nameof(request)); },
            (index, request, tagged) => new Pending(index, request, Unlinked(request.Text, tagged, cancellationToken), null),
            (index, request, error) => new Pending(index, request, null, error),
            cancellationToken);

    /// <summary>
    /// Tags a block, then gives each document its outcome: <paramref name="done"/> of its tagged mentions, or <paramref name="failed"/>
    /// with the error of its request (no text; <paramref name="check"/>), of its tagging, or of <paramref name="done"/>.
    /// </summary>
    private T[] EachDocument<T>(
        Block block, Action<ExtractionRequest>? check, Func<int, ExtractionRequest, TaggedDocument, T> done, Func<int, ExtractionRequest?, Exception, T> failed,
        CancellationToken cancellationToken)
    {
        var tagged = TagBlock([.. block.Requests.Select(request => request?.Text)], cancellationToken);
        var outcomes = new T[block.Requests.Length];
        for (int k = 0; k < outcomes.Length; k++)
        {
            int index = block.First + k;
            var request = block.Requests[k];
            try
            {
                CheckRequest(index, request);
                check?.Invoke(request!);
                tagged[k].Error?.Throw();
                outcomes[k] = done(index, request!, tagged[k]);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcomes[k] = failed(index, request, e);
            }
        }

        return outcomes;
    }

    /// <summary>Throws when a request of a batch has no document.</summary>
    private static void CheckRequest(int index, ExtractionRequest? request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request), $"Document {index} of the batch is null.");
        if (request.Text is null) throw new ArgumentNullException(nameof(request), $"Document {index} of the batch has no text.");
    }

    /// <summary>The unlinked extraction of one request of a batch with a store (or what failed).</summary>
    private sealed record Pending(int Index, ExtractionRequest? Request, UnlinkedExtraction? Extraction, Exception? Error);

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

    private ExtractionResult Extract(string text, string? documentId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Store is not null) return Link(ExtractUnlinked(text, cancellationToken), documentId);
        var tagged = TagBlock([text], cancellationToken)[0];
        tagged.Error?.Throw();
        return Finish(text, tagged, cancellationToken);
    }

    /// <summary>The result of a tagged document without a store: its entities, resolved, and its roles.</summary>
    private ExtractionResult Finish(string text, TaggedDocument tagged, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return ExtractionResult.Empty;
        if (tagged.Mentions.Count == 0) return NoMentions(tagged.TokenCount);
        var result = resolver is AliasResolver direct
            ? direct.ResolveToResult(text, tagged.Mentions, tagged.TokenCount, cancellationToken)
            : DocumentEntities.BuildPrivate(tagged.Mentions, resolver.Resolve(text, tagged.Mentions, cancellationToken), tagged.TokenCount);
        cancellationToken.ThrowIfCancellationRequested();
        if (roles is null) return result;
        var found = roles.Extract(text, result.Mentions, cancellationToken);

        // Namesakes the roles tell apart (rare): the entities again, as a list the splitter parts.
        if (NamesakeSplitter.Splits(text, result, found, homonymCues))
        {
            var resolved = NamesakeSplitter.Apply(text, result.Mentions, resolver.Resolve(text, tagged.Mentions, cancellationToken), found, homonymCues);
            result = DocumentEntities.BuildPrivate(tagged.Mentions, resolved, tagged.TokenCount);
        }

        return result.WithRoles(found);
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
        var tagged = TagBlock([text], cancellationToken)[0];
        tagged.Error?.Throw();
        return Unlinked(text, tagged, cancellationToken);
    }

    /// <summary>A tagged document up to linking: its entities, resolved, and its roles.</summary>
    private UnlinkedExtraction Unlinked(string text, TaggedDocument tagged, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return UnlinkedExtraction.Nothing(0);
        var mentions = tagged.Mentions;
        var sentenceOfMention = tagged.SentenceOfMention;
        int tokenCount = tagged.TokenCount;
        if (mentions.Count == 0) return UnlinkedExtraction.Nothing(tokenCount);
        var resolved = resolver.Resolve(text, mentions, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // The roles are read on the mentions with their entities' labels (as the result gives them), so that the store records
        // them with the document.
        var labeled = mentions.ToArray();
        foreach (var entity in resolved)
        {
            foreach (int m in entity.MentionIndices)
            {
                if (labeled[m].Label != entity.Label) labeled[m] = labeled[m] with { Label = entity.Label };
            }
        }

        var found = roles is null ? [] : roles.Extract(text, labeled, cancellationToken);
        resolved = NamesakeSplitter.Apply(text, mentions, resolved, found, homonymCues);   // a split keeps every label
        var entityOf = new int[mentions.Count];
        Array.Fill(entityOf, -1);
        for (int e = 0; e < resolved.Count; e++)
        {
            foreach (int m in resolved[e].MentionIndices) entityOf[m] = e;
        }

        var graphRoles = found
            .Where(r => entityOf[r.PersonMention] >= 0 && (r.TargetMention is not { } t || entityOf[t] >= 0))
            .Select(r => new GraphRole(entityOf[r.PersonMention], r.Role, r.TargetMention is { } t ? entityOf[t] : null, r.Place) { Field = r.Field })
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

    /// <summary>The mentions of one document of a block, tagged and refined, or what failed.</summary>
    private sealed class TaggedDocument
    {
        public List<EntityMention> Mentions { get; } = [];

        public List<int> SentenceOfMention { get; } = [];

        public int TokenCount { get; set; }

        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error { get; set; }
    }

    /// <summary>
    /// Tokenizes, splits, tags and refines documents (chunk by chunk: each a piece), stage by stage over the block: the rules
    /// run each over every piece before the next (<see cref="MentionRefinement.RefineEach"/>), which keeps their tables in the
    /// processor's caches. The pieces in hand are refined as soon as they reach <see cref="MaxBlockCharacters"/>, so a long
    /// document holds one piece's tokens at a time. A document gets the same mentions alone or in any block. A document that
    /// fails keeps its error; a <see langword="null"/> or blank text gives no mention.
    /// </summary>
    private TaggedDocument[] TagBlock(IReadOnlyList<string?> texts, CancellationToken cancellationToken)
    {
        var results = new TaggedDocument[texts.Count];
        var sentenceOffsets = new int[texts.Count];
        var work = blockWork.TryTake(out var pooled) ? pooled : new BlockWork();
        try
        {
            for (int d = 0; d < texts.Count; d++)
            {
                var tagged = results[d] = new TaggedDocument();
                string? text = texts[d];
                if (string.IsNullOrWhiteSpace(text)) continue;
                try
                {
                    foreach (var (start, length) in DocumentChunks.Of(text, maxDocumentLength))
                    {
                        var piece = work.Add(d, length);
                        piece.Text = length == text.Length ? text : text.Substring(start, length);
                        piece.Start = start;
                        tokenizer.Tokenize(piece.Text, piece.Tokens, cancellationToken);
                        tagged.TokenCount += piece.Tokens.Count;
                        splitter.Split(piece.Text, piece.Tokens, piece.Sentences);
                        tagging.Tag(piece.Text, piece.Tokens, piece.Sentences, piece.Mentions, piece.SentenceOfMention, cancellationToken);

                        // The pieces in hand stay within the block's budget: a long document is refined piece by piece.
                        if (work.Characters >= MaxBlockCharacters) RefineAndCollect(work, results, sentenceOffsets, cancellationToken);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    tagged.Error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }
            }

            RefineAndCollect(work, results, sentenceOffsets, cancellationToken);
            return results;
        }
        finally
        {
            if (work.Release()) blockWork.Return(work);
        }
    }

    /// <summary>
    /// Refines the pieces in hand (step by step over all of them) and adds their mentions to their documents, with offsets into
    /// the document and sentences counted over its pieces (<paramref name="sentenceOffsets"/>: each document's sentences so far);
    /// then empties <paramref name="work"/>. A piece of a document that failed is skipped; a piece that fails fails its document.
    /// </summary>
    private void RefineAndCollect(BlockWork work, TaggedDocument[] results, int[] sentenceOffsets, CancellationToken cancellationToken)
    {
        var pieces = work.Pieces;
        if (refiner is not null && pieces.Count > 0)
        {
            var errors = new Exception?[pieces.Count];
            for (int i = 0; i < pieces.Count; i++) errors[i] = results[work.Owners[i]].Error?.SourceException;   // skipped
            MentionRefinement.RefineEach(refiner, pieces, errors, cancellationToken);
            for (int i = 0; i < pieces.Count; i++)
            {
                var tagged = results[work.Owners[i]];
                if (errors[i] is { } error && tagged.Error is null) tagged.Error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error);
            }
        }

        for (int i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            int d = work.Owners[i];
            var tagged = results[d];
            if (tagged.Error is not null) continue;
            for (int m = 0; m < piece.Mentions.Count; m++)
            {
                var mention = piece.Mentions[m];
                if (!includeMiscellaneous && mention.Label == EntityLabel.Miscellaneous) continue;
                tagged.Mentions.Add(piece.Start == 0 ? mention : mention with { Start = mention.Start + piece.Start, End = mention.End + piece.Start });
                tagged.SentenceOfMention.Add(sentenceOffsets[d] + piece.SentenceOfMention[m]);
            }

            sentenceOffsets[d] += piece.Sentences.Count;
        }

        work.Recycle();
    }

    /// <summary>The pieces of a block being tagged, kept from call to call.</summary>
    private sealed class BlockWork
    {
        private readonly List<RefinementPiece> spare = [];
        private bool grown;

        /// <summary>The pieces in hand, in document order.</summary>
        public List<RefinementPiece> Pieces { get; } = [];

        /// <summary>The document of each piece of <see cref="Pieces"/>.</summary>
        public List<int> Owners { get; } = [];

        /// <summary>The characters of the pieces in hand.</summary>
        public long Characters { get; private set; }

        /// <summary>A new empty piece of document <paramref name="document"/>, of <paramref name="length"/> characters.</summary>
        public RefinementPiece Add(int document, int length)
        {
            var piece = spare.Count > 0 ? spare[^1] : new RefinementPiece();
            if (spare.Count > 0) spare.RemoveAt(spare.Count - 1);
            Pieces.Add(piece);
            Owners.Add(document);
            Characters += length;
            return piece;
        }

        /// <summary>Empties the pieces in hand and keeps them for the next ones.</summary>
        public void Recycle()
        {
            foreach (var piece in Pieces)
            {
                grown |= piece.Tokens.Capacity > MaxPooledTokens || piece.Mentions.Capacity > MaxPooledMentions;
                piece.Clear();
                spare.Add(piece);
            }

            Pieces.Clear();
            Owners.Clear();
            Characters = 0;
        }

        /// <summary>Empties the pieces; whether they are few and small enough to keep for the next call.</summary>
        public bool Release()
        {
            Recycle();
            bool keep = !grown && spare.Count <= MaxBlockDocuments;
            grown = false;
            return keep;
        }
    }

    /// <summary>The result of a document without mentions (it keeps its token count).</summary>
    private static ExtractionResult NoMentions(int tokenCount) =>
        tokenCount == 0 ? ExtractionResult.Empty : new ExtractionResult([], []) { TokenCount = tokenCount };

}
