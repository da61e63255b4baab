using Entities.Graph;

namespace Entities;

/// <summary>Options of an <see cref="EntityExtractor"/>. Read once when the extractor is created; later changes have no effect on it.</summary>
public class EntityExtractorOptions
{
    /// <summary>The default for <see cref="MaxSentenceTokens"/>.</summary>
    public const int DefaultMaxSentenceTokens = 400;

    /// <summary>The default for <see cref="MaxDocumentLength"/>: five million characters.</summary>
    public const int DefaultMaxDocumentLength = 5_000_000;

    /// <summary>The smallest allowed <see cref="MaxDocumentLength"/>.</summary>
    public const int MinMaxDocumentLength = 1000;

    /// <summary>
    /// The graph shared by every call: mentions' <see cref="EntityMention.EntityId"/> are its node ids, so they agree across
    /// documents. <see langword="null"/> (the default) gives each call a private set of entities with ids <c>e1</c>, <c>e2</c>, … local to the document.
    /// </summary>
    public EntityGraph? Graph { get; set; }

    /// <summary>
    /// The store every call links its document into, when the graph is not an in-memory <see cref="EntityGraph"/> (for example
    /// <c>Entities.PostgreSql.PostgreSqlEntityGraphStore</c>). <see langword="null"/> (the default): <see cref="Graph"/> is used.
    /// Setting both to different objects is invalid.
    /// </summary>
    public IEntityGraphStore? Store { get; set; }

    /// <summary>Mentions whose score is below this value (in [0, 1]) are dropped. Default 0: keep every mention.</summary>
    public double MinimumScore { get; set; }

    /// <summary>Whether <see cref="EntityLabel.Miscellaneous"/> mentions are returned. Default <see langword="true"/>.</summary>
    public bool IncludeMiscellaneous { get; set; } = true;

    /// <summary>
    /// Sentences longer than this many tokens (run-on text without punctuation) are tagged in consecutive windows of this size,
    /// so memory stays bounded. Default <see cref="DefaultMaxSentenceTokens"/>; at least 16.
    /// </summary>
    public int MaxSentenceTokens { get; set; } = DefaultMaxSentenceTokens;

    /// <summary>
    /// The longest text, in UTF-16 code units, tokenized, split and tagged in one piece, to bound the memory used per document.
    /// A longer document is not truncated: it is processed in consecutive chunks of at most this length, cut at a paragraph break
    /// when there is one in the second half of the chunk, else at a sentence end, a line break, a space, and only as a last
    /// resort inside a run of text without spaces (never inside a surrogate pair). Mention offsets stay relative to the whole
    /// text, the mentions of all chunks are grouped into entities over the whole document, and the document is merged into the
    /// graph once. A cut may only change the analysis of the few words around it (a sentence cut in two, a word split).
    /// Default <see cref="DefaultMaxDocumentLength"/>; at least <see cref="MinMaxDocumentLength"/>.
    /// </summary>
    public int MaxDocumentLength { get; set; } = DefaultMaxDocumentLength;

    /// <summary>Checks the values and returns a message per problem; empty when the options are valid.</summary>
    public virtual IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (double.IsNaN(MinimumScore) || MinimumScore < 0 || MinimumScore > 1)
            problems.Add($"{nameof(MinimumScore)} must be between 0 and 1 (was {MinimumScore}).");
        if (Store is not null && Graph is not null && !ReferenceEquals(Store, Graph))
            problems.Add($"Set {nameof(Graph)} or {nameof(Store)}, not both.");
        if (MaxSentenceTokens < 16)
            problems.Add($"{nameof(MaxSentenceTokens)} must be at least 16 (was {MaxSentenceTokens}).");
        if (MaxDocumentLength < MinMaxDocumentLength)
            problems.Add($"{nameof(MaxDocumentLength)} must be at least {MinMaxDocumentLength} (was {MaxDocumentLength}).");
        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> reports a problem.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0) throw new ArgumentException("Invalid entity extractor options: " + string.Join(" ", problems));
    }
}
