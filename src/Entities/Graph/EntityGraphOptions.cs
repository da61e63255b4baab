namespace Entities.Graph;

/// <summary>How an <see cref="EntityGraph"/> weighs matching keys.</summary>
public sealed class EntityGraphOptions
{
    /// <summary>The default options: only <c>surname:</c> keys are weak.</summary>
    public static EntityGraphOptions Default { get; } = new();

    /// <summary>
    /// Key kinds (the text before the first <c>:</c> of a key, e.g. <c>surname</c>) that are weak: a weak key alone links an
    /// entity to a node only when it matches exactly one node of the same label whose strong keys do not conflict.
    /// Keys of any other kind, and keys without a kind, are strong. Compared ordinally. Default: <c>surname</c>.
    /// </summary>
    public IReadOnlySet<string> WeakKeyKinds { get; init; } = new HashSet<string>(["surname"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the graph records where entities occur: every mention's location and the co-occurrence edges. Default
    /// <see langword="true"/>. With <see langword="false"/> it keeps only what linking needs (keys, aliases with counts,
    /// document counts), so ids stay consistent across documents while memory grows with the number of entities, not with
    /// the number of mentions and pairs (edges grow with the square of the entities per document): for a run that needs
    /// shared ids but writes no graph.
    /// </summary>
    public bool RecordOccurrences { get; init; } = true;

    /// <summary>
    /// The most entities of one document joined pairwise by document co-occurrence edges: its most mentioned ones (ties: the
    /// first mentioned), so that one document adds at most n(n−1)/2 such edges however long it is (see <see cref="DocumentEdges"/>).
    /// Default 64; at least 2.
    /// </summary>
    public int MaxDocumentEdgeEntities { get; init; } = 64;

    /// <summary>
    /// The most entities of one sentence joined pairwise by sentence co-occurrence edges (the first mentioned): a run-on
    /// "sentence" of thousands of names adds at most n(n−1)/2 edges. Default 32; at least 2.
    /// </summary>
    public int MaxSentenceEdgeEntities { get; init; } = 32;
}
