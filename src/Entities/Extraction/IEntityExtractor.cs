namespace Entities;

/// <summary>Extracts named entities (people, places, organizations) from text. Implementations are immutable and thread-safe.</summary>
public interface IEntityExtractor
{
    /// <summary>Finds the named entities of <paramref name="text"/>.</summary>
    /// <param name="text">The document. Offsets in the result are UTF-16 indices into this string.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The mentions and entities of the document; <see cref="ExtractionResult.Empty"/> for empty or whitespace-only text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ExtractionResult ExtractEntities(string text, CancellationToken cancellationToken = default);
}
