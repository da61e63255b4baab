namespace Entities.Resolution;

/// <summary>Groups the mentions of one document into entities. Implementations are immutable and thread-safe.</summary>
public interface IAliasResolver
{
    /// <summary>Groups <paramref name="mentions"/> of <paramref name="text"/> into entities.</summary>
    /// <param name="text">The document.</param>
    /// <param name="mentions">Its mentions, sorted by start; their <see cref="EntityMention.EntityId"/> is ignored.</param>
    /// <returns>Entities in order of first mention; every mention belongs to exactly one.</returns>
    IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions);

    /// <summary>
    /// Groups <paramref name="mentions"/> like <see cref="Resolve(string, IReadOnlyList{EntityMention})"/>, checking
    /// <paramref name="cancellationToken"/> periodically on documents with many mentions. The default implementation checks it once, before resolving.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Resolve(text, mentions);
    }
}
