namespace Entities;

/// <summary>The immutable result of <see cref="IEntityExtractor.ExtractEntities"/>: mentions sorted by offset, and the document's entities.</summary>
public sealed class ExtractionResult
{
    /// <summary>Creates a result. The lists are copied.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ExtractionResult(IEnumerable<EntityMention> mentions, IEnumerable<DocumentEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(entities);
        Mentions = mentions.ToArray().AsReadOnly();
        Entities = entities.ToArray().AsReadOnly();
    }

    /// <summary>Creates a result over arrays the caller hands over (not copied: they must not be changed afterwards).</summary>
    private ExtractionResult(EntityMention[] mentions, DocumentEntity[] entities)
    {
        Mentions = Array.AsReadOnly(mentions);
        Entities = Array.AsReadOnly(entities);
    }

    /// <summary>A result over <paramref name="mentions"/> and <paramref name="entities"/>, which are not copied: the caller gives them up.</summary>
    internal static ExtractionResult Wrap(EntityMention[] mentions, DocumentEntity[] entities, int tokenCount) =>
        new(mentions, entities) { TokenCount = tokenCount };

    /// <summary>A result with no mentions and no entities.</summary>
    public static ExtractionResult Empty { get; } = new([], []);

    /// <summary>Mentions sorted by <see cref="EntityMention.Start"/>, non-overlapping.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>The document's entities, in order of first mention.</summary>
    public IReadOnlyList<DocumentEntity> Entities { get; }

    /// <summary>
    /// The roles the document gives its people (<c>Christine Lagarde, présidente de la BCE</c>), in order of person mention;
    /// empty when the extractor reads no roles. Their mention indices point into <see cref="Mentions"/>.
    /// </summary>
    public IReadOnlyList<Roles.PersonRole> Roles { get; init; } = [];

    /// <summary>This result with <paramref name="roles"/> (the lists are shared, not copied).</summary>
    internal ExtractionResult WithRoles(IReadOnlyList<Roles.PersonRole> roles) =>
        roles.Count == 0 ? this : new ExtractionResult(Mentions, Entities) { TokenCount = TokenCount, Roles = roles };

    /// <summary>A result over already read-only lists.</summary>
    private ExtractionResult(IReadOnlyList<EntityMention> mentions, IReadOnlyList<DocumentEntity> entities)
    {
        Mentions = mentions;
        Entities = entities;
    }

    /// <summary>
    /// Number of tokens the extractor's tokenizer found in the document (0 for <see cref="Empty"/> or a result built by
    /// hand), so that progress reports need not tokenize the text a second time.
    /// </summary>
    public int TokenCount { get; init; }
}
