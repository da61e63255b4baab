namespace Entities.Graph;

/// <summary>Where a graph node was mentioned: a document and a UTF-16 span in it (start inclusive, end exclusive).</summary>
/// <param name="DocumentId">The id the document was merged under.</param>
/// <param name="Start">Index of the mention's first code unit.</param>
/// <param name="End">Index just past the mention's last code unit.</param>
public readonly record struct MentionLocation(string DocumentId, int Start, int End);
