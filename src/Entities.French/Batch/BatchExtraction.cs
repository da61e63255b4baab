namespace Entities.French.Batch;

/// <summary>The entities of one document of a batch.</summary>
/// <param name="DocumentId">The <see cref="BatchDocument.Id"/> of the document.</param>
/// <param name="Result">Its mentions and entities.</param>
public sealed record BatchExtraction(string DocumentId, ExtractionResult Result);
