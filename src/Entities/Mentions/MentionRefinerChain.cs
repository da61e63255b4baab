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

    /// <summary>
    /// Refines several pieces at once, step by step: each refiner runs over every piece before the next refiner starts, so that
    /// its tables stay in the processor's caches from one piece to the next. Each piece gets what <see cref="Refine"/> gives
    /// it; a piece whose refiner throws keeps the exception in <paramref name="errors"/> and is left out of the next steps.
    /// </summary>
    /// <param name="pieces">The pieces (text, tokens, sentences).</param>
    /// <param name="mentions">Each piece's mentions: read, then replaced by the refined ones.</param>
    /// <param name="errors">Each piece's error, <see langword="null"/> when it has none; a piece with an error is skipped.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    internal void RefineEach(
        IReadOnlyList<RefinementPiece> pieces, IReadOnlyList<EntityMention>[] mentions, Exception?[] errors, CancellationToken cancellationToken)
    {
        foreach (var refiner in refiners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < pieces.Count; i++)
            {
                if (errors[i] is not null) continue;
                var piece = pieces[i];
                try
                {
                    mentions[i] = refiner.Refine(piece.Text, piece.Tokens, piece.Sentences, mentions[i]);
                }
                catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
                {
                    errors[i] = e;
                }
            }
        }
    }
}
