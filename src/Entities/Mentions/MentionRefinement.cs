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
    public static void Refine(IMentionRefiner refiner, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<EntityMention> mentions, List<int> sentenceOfMention)
    {
        var refined = refiner.Refine(text, tokens, sentences, mentions);
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
