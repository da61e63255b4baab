namespace Entities;

/// <summary>One document of a batch given to <see cref="EntityExtractor.ExtractAll"/>.</summary>
/// <param name="Text">The document.</param>
/// <param name="Id">
/// The document's id (its path, URL, database key). With a shared graph it is the document's id in the graph and must be new to it;
/// <see langword="null"/> lets the graph choose one. Without a graph it is only echoed in the <see cref="DocumentResult"/>.
/// </param>
public sealed record ExtractionRequest(string Text, string? Id = null);
