namespace Entities.French.Batch;

/// <summary>One document of a batch.</summary>
/// <param name="Id">The document's id: its path, URL or database key; unique within the shared graph.</param>
/// <param name="Text">The document's text.</param>
public sealed record BatchDocument(string Id, string Text);
