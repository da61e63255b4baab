using Entities.Resolution;

namespace Entities.Graph;

/// <summary>
/// A graph store that can link several documents in one write (one transaction, set-based statements) instead of one at a
/// time: the PostgreSQL store, whose cost is round trips. <c>EntityExtractor.LinkAll</c> uses it when the
/// extractor's store implements it.
/// </summary>
public interface IBatchingGraphStore : IEntityGraphStore
{
    /// <summary>
    /// Links the documents in order, with the same graph as <see cref="IEntityGraphStore.MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, IReadOnlyList{GraphRole})"/>
    /// called for each in turn; all or nothing: when it throws, none of them is merged. A document id already in the store
    /// (or earlier in the batch) is not merged again: its entry gets the earlier merge's links. The links of every document
    /// give the names and aliases of its nodes after the whole batch.
    /// </summary>
    /// <param name="documents">The documents, in the order they are linked.</param>
    /// <returns>For each document (in order), the links of its entities.</returns>
    IReadOnlyList<IReadOnlyList<EntityLink>> MergeLinkedBatch(IReadOnlyList<GraphDocument> documents);
}

/// <summary>One document as a graph store links it: what <see cref="IEntityGraphStore.MergeLinked(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, IReadOnlyList{GraphRole})"/> takes.</summary>
/// <param name="DocumentId">A unique id for the document.</param>
/// <param name="Mentions">The document's mentions.</param>
/// <param name="SentenceIndexOfMention">For each mention, the index of its sentence.</param>
/// <param name="ResolvedEntities">The document's entities as grouped by the alias resolver.</param>
/// <param name="Roles">The roles, by index into <paramref name="ResolvedEntities"/>.</param>
public sealed record GraphDocument(
    string DocumentId,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<int> SentenceIndexOfMention,
    IReadOnlyList<ResolvedEntity> ResolvedEntities,
    IReadOnlyList<GraphRole> Roles);
