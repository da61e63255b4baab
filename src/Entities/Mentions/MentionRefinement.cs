using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// The rule stage: runs the <see cref="IMentionRefiner"/> over a piece's tagged mentions and checks its output against the
/// refiner contract (whole tokens, in order, without overlap, exact text), finding the sentence of each new mention.
/// </summary>
internal static class MentionRefinement
{
    /// <summary>
    /// Refines <paramref name="mentions"/> in place: on return the lists hold the refined mentions and their sentences. The
    /// refiner runs also when the tagger found nothing (a table name the model missed is still added).
    /// </summary>
    /// <exception cref="InvalidOperationException">The refiner returned a mention that breaks the contract.</exception>
    public static void Refine(IMentionRefiner refiner, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<EntityMention> mentions, List<int> sentenceOfMention) =>
        Accept(refiner.Refine(text, tokens, sentences, mentions), text, tokens, sentences, mentions, sentenceOfMention);

    /// <summary>
    /// Refines several pieces, as <see cref="Refine(IMentionRefiner, string, IReadOnlyList{Token}, IReadOnlyList{Sentence}, List{EntityMention}, List{int})"/>
    /// does each, step by step: each refiner of a <see cref="MentionRefinerChain"/> runs over every piece before the next one
    /// starts, so that its tables stay in the processor's caches from one piece to the next (another refiner is one step). Each
    /// piece gets the mentions the chain gives it alone. A piece whose refinement fails (a step throws, or the result breaks the
    /// contract) gets the exception in <paramref name="errors"/> and is left out of the next steps; the others go on.
    /// </summary>
    /// <param name="refiner">The refiner.</param>
    /// <param name="pieces">The pieces; their <see cref="RefinementPiece.Mentions"/> and <see cref="RefinementPiece.SentenceOfMention"/> are refined in place.</param>
    /// <param name="errors">Each piece's error, <see langword="null"/> when it has none; a piece that already has one is skipped.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    public static void RefineEach(IMentionRefiner refiner, IReadOnlyList<RefinementPiece> pieces, Exception?[] errors, CancellationToken cancellationToken)
    {
        var refined = new IReadOnlyList<EntityMention>[pieces.Count];
        for (int i = 0; i < pieces.Count; i++) refined[i] = pieces[i].Mentions;
        IReadOnlyList<IMentionRefiner> steps = refiner is MentionRefinerChain chain ? chain.Steps : [refiner];
        foreach (var step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < pieces.Count; i++)
            {
                if (errors[i] is not null) continue;
                var piece = pieces[i];
                try
                {
                    refined[i] = step.Refine(piece.Text, piece.Tokens, piece.Sentences, refined[i]);
                }
                catch (Exception e) when (e is not OutOfMemoryException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    errors[i] = e;
                }
            }
        }

        for (int i = 0; i < pieces.Count; i++)
        {
            if (errors[i] is not null) continue;
            var piece = pieces[i];
            try
            {
                Accept(refined[i], piece.Text, piece.Tokens, piece.Sentences, piece.Mentions, piece.SentenceOfMention);
            }
            catch (InvalidOperationException e)
            {
                errors[i] = e;
            }
        }
    }

    /// <summary>Checks <paramref name="refined"/> against the contract and puts it, with the sentence of each mention, in the lists.</summary>
    private static void Accept(IReadOnlyList<EntityMention> refined, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<EntityMention> mentions, List<int> sentenceOfMention)
    {
        if (ReferenceEquals(refined, mentions)) return;
        var cursor = new TokenCursor(TokenLookup.AsSpan(tokens), TokenLookup.AsSpan(sentences));
        var located = new int[refined.Count];
        for (int i = 0; i < refined.Count; i++)
        {
            var mention = refined[i];
            int first = mention is null ? -1 : cursor.TokenStartingAt(mention.Start);
            int sentence = first < 0 ? -1 : cursor.SentenceOfToken(first);
            bool valid = sentence >= 0
                && mention!.End > mention.Start && mention.End <= text.Length
                && (i == 0 || refined[i - 1].End <= mention.Start)
                && mention.Text.Length == mention.Length
                && string.CompareOrdinal(text, mention.Start, mention.Text, 0, mention.Length) == 0;
            if (!valid) throw new InvalidOperationException($"The mention refiner returned an invalid mention {mention} (it must cover whole tokens in order, without overlap, with its exact text).");
            located[i] = sentence;
        }

        // A list or array of the refiner's own is read as it is; any other collection might be a view over the input (a read-only
        // wrapper of it), so it is copied first.
        IReadOnlyList<EntityMention> copy = refined is List<EntityMention> or EntityMention[] ? refined : [.. refined];
        mentions.Clear();
        mentions.AddRange(copy);
        sentenceOfMention.Clear();
        sentenceOfMention.AddRange(located);
    }
}

/// <summary>A piece of a document on its way through the rules: its text, tokens, sentences, and its mentions with their sentences.</summary>
internal sealed class RefinementPiece
{
    /// <summary>The piece's text (offsets are into it).</summary>
    public string Text { get; set; } = "";

    /// <summary>Where the piece starts in its document.</summary>
    public int Start { get; set; }

    /// <summary>The piece's tokens.</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>The piece's sentences.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>The piece's mentions, in order.</summary>
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The sentence of each mention of <see cref="Mentions"/>.</summary>
    public List<int> SentenceOfMention { get; } = [];

    /// <summary>Empties the piece for another use.</summary>
    public void Clear()
    {
        Text = "";
        Start = 0;
        Tokens.Clear();
        Sentences.Clear();
        Mentions.Clear();
        SentenceOfMention.Clear();
    }
}
