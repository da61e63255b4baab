namespace Entities.French.Batch;

/// <summary>Extracts the entities of many documents in order, logging progress. Registered by <c>services.AddFrenchEntityExtraction(...)</c>.</summary>
public interface IEntityBatchProcessor
{
    /// <summary>
    /// Extracts the entities of <paramref name="documents"/> one at a time, in order, lazily (as the result is enumerated).
    /// With a shared graph, each document is merged under its <see cref="BatchDocument.Id"/>, so ids are reproducible.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Stops the batch between documents or inside one; documents already returned stay merged.</param>
    /// <returns>One result per document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IEnumerable<BatchExtraction> Process(IEnumerable<BatchDocument> documents, CancellationToken cancellationToken = default);
}
