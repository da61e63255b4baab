using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>Runs several refiners in order, each on the previous one's output. Immutable and thread-safe.</summary>
public sealed class MentionRefinerChain : IMentionRefiner
{
    private readonly IMentionRefiner[] refiners;

    /// <summary>Creates a chain of <paramref name="refiners"/>, run in the given order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="refiners"/> or one of its items is <see langword="null"/>.</exception>
    public MentionRefinerChain(params IEnumerable<IMentionRefiner> refiners)
    {
        ArgumentNullException.ThrowIfNull(refiners);
        this.refiners = [.. refiners];
        foreach (var refiner in this.refiners) ArgumentNullException.ThrowIfNull(refiner, nameof(refiners));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        foreach (var refiner in refiners) mentions = refiner.Refine(text, tokens, sentences, mentions);
        return mentions;
    }

    /// <summary>The refiners, in the order they run (read by <see cref="MentionRefinement.RefineEach"/>, which runs them step by step over several pieces).</summary>
    internal IReadOnlyList<IMentionRefiner> Steps => refiners;
}
