namespace Entities.Mentions;

/// <summary>The mentions found in a document before alias resolution, with the sentence of each (parallel lists).</summary>
/// <param name="Mentions">Mentions sorted by start, non-overlapping, without entity ids.</param>
/// <param name="SentenceOfMention">For each mention, the index of its sentence.</param>
internal sealed record TaggedMentions(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<int> SentenceOfMention);
