using Entities.French.Mentions;
using Entities.French.Ner;
using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Graph;
using Entities.Knowledge;
using Entities.Resolution;
using Entities.Tagging;

namespace Entities.French.Extraction;

/// <summary>
/// Extracts people, places and organizations from French text with the embedded model (or one you give), groups the
/// mentions of each document into entities, and optionally links them into a shared <see cref="EntityGraph"/>.
/// Immutable and thread-safe: create one and share it.
/// </summary>
public sealed class FrenchEntityExtractor : IEntityExtractor
{
    private readonly EntityExtractor pipeline;

    /// <summary>Creates an extractor with the embedded model and private per-call entities.</summary>
    public FrenchEntityExtractor()
        : this(new FrenchEntityExtractorOptions())
    {
    }

    /// <summary>Creates an extractor with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="Entities.Models.ModelFormatException">The model file is corrupt, truncated or of a newer format.</exception>
    public FrenchEntityExtractor(FrenchEntityExtractorOptions options)
        : this(LoadTagger(options), options)
    {
    }

    /// <summary>
    /// Creates an extractor over an already loaded tagger (the embedded <see cref="CrfTagger"/>, one of your own, or any
    /// <see cref="ITagger"/>); <see cref="FrenchEntityExtractorOptions.ModelPath"/> is not read.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public FrenchEntityExtractor(ITagger tagger, FrenchEntityExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        Tagger = tagger;

        // The CRF reads title-case headlines through its own vocabulary of ordinary words (any other tagger is used as given).
        // Countries, regions and the knowledge's places keep their capital there (`En Bourgogne`).
        if (tagger is CrfTagger crf) tagger = ReadingHeadlines(crf);
        var knowledge = UserKnowledgeOf(options);
        if (knowledge.IsEmpty)
        {
            pipeline = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, tagger, FrenchAliasResolver.Default, options, FrenchMentionRefiner.Default, RolesOf(options));
            return;
        }

        var profile = FrenchResolutionData.LoadProfile(knowledge);
        var refiner = FrenchMentionRefiner.Create(profile.AliasTable, knowledge.Exclusions);
        pipeline = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, tagger, new AliasResolver(profile), options, refiner, RolesOf(options));
    }

    /// <summary>The CRF reading title-case headlines as the extractor does (also for the benchmarks' trace of the rules).</summary>
    internal static ITagger ReadingHeadlines(CrfTagger crf) =>
        TitleCaseTagger.For(crf, ["country", "region", "known-LOC"], ["country", "region", "known-LOC", "known-ORG", "media", "world-city"]);

    private static Entities.Roles.IRoleExtractor? RolesOf(FrenchEntityExtractorOptions options) => options.ExtractRoles ? FrenchRoleExtractor.Default : null;

    /// <summary>The user's knowledge of <paramref name="options"/>: <see cref="FrenchEntityExtractorOptions.Knowledge"/> and the file's, merged.</summary>
    private static UserKnowledge UserKnowledgeOf(FrenchEntityExtractorOptions options)
    {
        var given = options.Knowledge ?? UserKnowledge.Empty;
        if (options.KnowledgePath is null) return given;
        var file = UserKnowledge.Load(options.KnowledgePath);
        return new UserKnowledge(given.Entries.Concat(file.Entries), given.Exclusions.Concat(file.Exclusions));
    }

    private static ITagger LoadTagger(FrenchEntityExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();

        // The default rule layer, which the extractor needs next, starts building on another core while the model loads (its
        // tables are read once per process; a failure there is thrown again where the extractor asks for it).
        if ((options.Knowledge is null || options.Knowledge.IsEmpty) && options.KnowledgePath is null)
            ThreadPool.UnsafeQueueUserWorkItem(static _ => WarmRuleLayer(), null);
        return options.Tagger ?? (options.ModelPath is null ? FrenchModel.LoadDefault() : CrfTagger.Load(options.ModelPath));
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The same exception is thrown again by the lazy table on the constructing thread.")]
    private static void WarmRuleLayer()
    {
        try
        {
            _ = FrenchMentionRefiner.Default;
        }
        catch (Exception)
        {
            // Cached by the lazy table and thrown again where the extractor asks for it.
        }
    }

    /// <summary>The shared graph documents are merged into, or <see langword="null"/>.</summary>
    public EntityGraph? Graph => pipeline.Graph;

    /// <summary>The store documents are linked into (<see cref="Graph"/> or another <see cref="IEntityGraphStore"/>), or <see langword="null"/>.</summary>
    public IEntityGraphStore? Store => pipeline.Store;

    /// <summary>The tagger in use (as given or loaded; a <see cref="CrfTagger"/> reads title-case headlines through a <see cref="TitleCaseTagger"/>).</summary>
    public ITagger Tagger { get; }

    /// <inheritdoc />
    public ExtractionResult ExtractEntities(string text, CancellationToken cancellationToken = default) =>
        pipeline.ExtractEntities(text, cancellationToken);

    /// <inheritdoc cref="EntityExtractor.ExtractEntities(string, string, CancellationToken)" />
    public ExtractionResult ExtractEntities(string text, string documentId, CancellationToken cancellationToken = default) =>
        pipeline.ExtractEntities(text, documentId, cancellationToken);

    /// <inheritdoc cref="EntityExtractor.ExtractAll" />
    public IEnumerable<DocumentResult> ExtractAll(IEnumerable<ExtractionRequest> documents, int maxDegreeOfParallelism = 1, CancellationToken cancellationToken = default) =>
        pipeline.ExtractAll(documents, maxDegreeOfParallelism, cancellationToken);

    /// <inheritdoc cref="EntityExtractor.ExtractUnlinked"/>
    public UnlinkedExtraction ExtractUnlinked(string text, CancellationToken cancellationToken = default) =>
        pipeline.ExtractUnlinked(text, cancellationToken);

    /// <inheritdoc cref="EntityExtractor.ExtractUnlinkedAll"/>
    public IReadOnlyList<UnlinkedResult> ExtractUnlinkedAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        pipeline.ExtractUnlinkedAll(texts, cancellationToken);

    /// <inheritdoc cref="EntityExtractor.Link"/>
    public ExtractionResult Link(UnlinkedExtraction extraction, string? documentId) => pipeline.Link(extraction, documentId);

    /// <inheritdoc cref="EntityExtractor.LinkAll"/>
    public IReadOnlyList<DocumentResult> LinkAll(IReadOnlyList<(UnlinkedExtraction Extraction, string? DocumentId)> documents) => pipeline.LinkAll(documents);
}
