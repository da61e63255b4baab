using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// A rule layer run after the tagger and before alias resolution: it may correct the span or the label of tagged mentions
/// (for example with a gazetteer). Implementations must be immutable and thread-safe.
/// </summary>
public interface IMentionRefiner
{
    /// <summary>Returns the refined mentions of a document.</summary>
    /// <param name="text">The document.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences, over <paramref name="tokens"/>.</param>
    /// <param name="mentions">The tagged mentions: sorted by start, non-overlapping, each inside one sentence and made of whole tokens.</param>
    /// <returns>
    /// Mentions with the same guarantees (sorted, non-overlapping, whole tokens, each inside one sentence, <see cref="EntityMention.Text"/>
    /// equal to the text they cover); <paramref name="mentions"/> itself when nothing changes.
    /// </returns>
    IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions);
}
