namespace Entities;

/// <summary>The outcome of one document of a batch: its result, or the error that stopped it (the other documents go on).</summary>
/// <param name="Index">Position of the document in the batch (0-based).</param>
/// <param name="Id">The document's id: the request's, or the one chosen by the shared graph; <see langword="null"/> when neither exists.</param>
/// <param name="Result">The extraction result, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document could not be processed (a <see langword="null"/> text, an id already in the graph, …), or <see langword="null"/>.</param>
public sealed record DocumentResult(int Index, string? Id, ExtractionResult? Result, Exception? Error)
{
    /// <summary>Whether the document was processed (<see cref="Result"/> is set).</summary>
    public bool Succeeded => Error is null;
}

/// <summary>The outcome of one document read up to linking by <see cref="EntityExtractor.ExtractUnlinkedAll"/>: its extraction, or the error that stopped it.</summary>
/// <param name="Index">Position of the document in the call (0-based).</param>
/// <param name="Extraction">The document read up to linking, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document could not be read (a <see langword="null"/> text, a failing stage), or <see langword="null"/>.</param>
public sealed record UnlinkedResult(int Index, UnlinkedExtraction? Extraction, Exception? Error)
{
    /// <summary>Whether the document was read (<see cref="Extraction"/> is set).</summary>
    public bool Succeeded => Error is null;
}
