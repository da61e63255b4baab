namespace Entities.Tagging;

/// <summary>A mention found by the tagger: tokens <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <param name="Start">Index of the first token of the mention in the sentence.</param>
/// <param name="End">Index just past the mention's last token.</param>
/// <param name="Label">The entity type.</param>
/// <param name="Score">Confidence in [0, 1]: the lowest marginal probability of the mention's tags.</param>
public readonly record struct TaggedSpan(int Start, int End, EntityLabel Label, double Score)
{
    /// <summary>Number of tokens in the mention.</summary>
    public int Length => End - Start;
}
