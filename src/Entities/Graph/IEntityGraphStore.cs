using Entities.Resolution;

namespace Entities.Graph;

/// <summary>
/// Where an entity graph lives: documents are linked into it one at a time, and it can be read back whole as an
/// <see cref="EntityGraphSnapshot"/> (for export and summaries). <see cref="EntityGraph"/> is the embedded, in-memory store;
/// <c>Entities.PostgreSql.PostgreSqlEntityGraphStore</c> (package <c>Entities.PostgreSql</c>) keeps the graph in a PostgreSQL
/// database shared by several workers. Both follow the linking policy described on <see cref="EntityGraph"/>.
/// Implementations are thread-safe.
/// </summary>
/// <remarks>
/// Merging a document id that is already in the store differs by implementation: <see cref="EntityGraph"/> throws
/// <see cref="ArgumentException"/>, the PostgreSQL store treats the call as a retry and returns the links of the earlier merge
/// without changing anything. Node ids are <c>e</c> + a number in both; in the PostgreSQL store the numbers come from a
/// database sequence (unique, increasing, possibly with gaps).
/// </remarks>
public interface IEntityGraphStore
{
    /// <summary>The options the store links with.</summary>
    EntityGraphOptions Options { get; }

    /// <summary>Number of nodes.</summary>
    int NodeCount { get; }

    /// <summary>
    /// Links one document's resolved entities into the graph, atomically, and returns for each entity (in order) its node's
    /// id, canonical name and aliases right after the merge.
    /// </summary>
    /// <param name="documentId">A unique id for the document.</param>
    /// <param name="mentions">The document's mentions; <see cref="ResolvedEntity.MentionIndices"/> index into this list.</param>
    /// <param name="sentenceIndexOfMention">For each mention, the index of its sentence (same length as <paramref name="mentions"/>).</param>
    /// <param name="resolvedEntities">The document's entities as grouped by the alias resolver.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document id is empty, the lengths differ, or a mention index is out of range.</exception>
    IReadOnlyList<EntityLink> MergeLinked(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities);

    /// <summary>
    /// Links one document like <see cref="MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity})"/>
    /// and records the roles it gives its people as role edges (<see cref="EntityGraphSnapshot.Roles"/>). A store that keeps no
    /// role edges links the document and drops the roles (the default).
    /// </summary>
    /// <param name="documentId">A unique id for the document.</param>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="sentenceIndexOfMention">For each mention, the index of its sentence.</param>
    /// <param name="resolvedEntities">The document's entities as grouped by the alias resolver.</param>
    /// <param name="roles">The roles, by index into <paramref name="resolvedEntities"/>.</param>
    IReadOnlyList<EntityLink> MergeLinked(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlyList<GraphRole> roles) => MergeLinked(documentId, mentions, sentenceIndexOfMention, resolvedEntities);

    /// <summary>Returns <see langword="true"/> when a document with this id was merged.</summary>
    bool ContainsDocument(string documentId);

    /// <summary>Returns a new document id (<c>doc1</c>, <c>doc2</c>, …) no merged document has and no earlier call returned.</summary>
    string NewDocumentId();

    /// <summary>Returns a consistent immutable copy of the whole graph.</summary>
    EntityGraphSnapshot Snapshot();
}
