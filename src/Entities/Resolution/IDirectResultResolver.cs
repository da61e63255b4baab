namespace Entities.Resolution;

/// <summary>
/// A resolver that builds the result of a document not merged into a graph itself: the same result as
/// <c>DocumentEntities.BuildPrivate</c> over its <see cref="IAliasResolver.Resolve(string, IReadOnlyList{EntityMention}, CancellationToken)"/>
/// entities, without making those entities and the match keys that only a graph reads.
/// </summary>
internal interface IDirectResultResolver
{
    /// <summary>Resolves <paramref name="mentions"/> and returns the document's result, its entities named <c>e1</c>, <c>e2</c>, ….</summary>
    /// <param name="text">The document.</param>
    /// <param name="mentions">Its mentions (not kept: the result holds copies).</param>
    /// <param name="tokenCount">The document's token count, kept in the result.</param>
    /// <param name="cancellationToken">Checked as in <see cref="IAliasResolver.Resolve(string, IReadOnlyList{EntityMention}, CancellationToken)"/>.</param>
    ExtractionResult ResolveToResult(string text, IReadOnlyList<EntityMention> mentions, int tokenCount, CancellationToken cancellationToken);
}
