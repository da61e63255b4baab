namespace Entities;

/// <summary>
/// One mention of a named entity in a document. Offsets are UTF-16 code-unit indices into the caller's string:
/// <c>text.Substring(Start, End - Start) == Text</c>.
/// </summary>
/// <param name="Start">Index of the first code unit of the mention (inclusive).</param>
/// <param name="End">Index just past the mention's last code unit (exclusive).</param>
/// <param name="Text">The mention's surface text, exactly as in the document.</param>
/// <param name="Label">The entity type.</param>
/// <param name="Score">Confidence in [0, 1] that the span and label are right.</param>
/// <param name="EntityId">Identifier of the entity this mention belongs to (see <see cref="ExtractionResult.Entities"/>), or <see langword="null"/> when none was assigned.</param>
public sealed record EntityMention(int Start, int End, string Text, EntityLabel Label, double Score, string? EntityId)
{
    /// <summary>Number of UTF-16 code units covered by the mention.</summary>
    public int Length => End - Start;
}
