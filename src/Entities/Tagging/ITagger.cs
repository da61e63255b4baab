using Entities.Tokenization;

namespace Entities.Tagging;

/// <summary>
/// The statistical stage of the pipeline: finds entity spans in a sentence. <see cref="CrfTagger"/> (a linear-chain CRF over
/// BILOU tags) is the built-in implementation; any other model (a rule set, a neural network) plugs in here. Implementations
/// are immutable and thread-safe.
/// </summary>
public interface ITagger
{
    /// <summary>The entity types this tagger can emit.</summary>
    IReadOnlyList<EntityLabel> Labels { get; }

    /// <summary>
    /// Tags tokens <c>[first, first + count)</c> of <paramref name="tokens"/> (a sentence, or a window of a very long one) and
    /// appends the mentions to <paramref name="output"/>, in token positions relative to <paramref name="first"/>, in order and
    /// without overlap, each with a confidence in [0, 1].
    /// </summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/> (their normalized forms, <see cref="Token.GetNormalized"/>, are what a model reads).</param>
    /// <param name="first">The first token of the window.</param>
    /// <param name="count">The number of tokens in the window.</param>
    /// <param name="output">Receives the spans.</param>
    void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output);
}
