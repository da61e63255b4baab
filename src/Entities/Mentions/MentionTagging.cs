using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// The tagging stage: runs an <see cref="ITagger"/> over each sentence and turns its token spans into mentions with character
/// offsets. Sentences longer than the window are tagged in consecutive windows, so memory stays bounded. The cancellation token
/// is checked before each window. Immutable and thread-safe.
/// </summary>
internal sealed class MentionTagging(ITagger tagger, int maxSentenceTokens, double minimumScore, bool includeMiscellaneous)
{
    /// <summary>Span lists reused from one call to the next.</summary>
    private readonly Pooling.ScratchPool<List<TaggedSpan>> spanLists = new();

    /// <summary>Span lists longer than this are left to the garbage collector rather than kept for reuse.</summary>
    private const int MaxPooledSpans = 1 << 12;

    /// <summary>Tags every sentence of a piece of text and appends its mentions (offsets into <paramref name="text"/>) and their sentence indices.</summary>
    public void Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<EntityMention> mentions, List<int> sentenceOfMention, CancellationToken cancellationToken)
    {
        var spans = spanLists.TryTake(out var pooled) ? pooled : [];
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                for (int first = sentence.FirstToken; first < sentence.EndToken; first += maxSentenceTokens)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int end = Math.Min(first + maxSentenceTokens, sentence.EndToken);
                    spans.Clear();
                    tagger.Tag(text, tokens, first, end - first, spans);
                    foreach (var span in spans)
                    {
                        if (span.Score < minimumScore) continue;
                        if (!includeMiscellaneous && span.Label == EntityLabel.Miscellaneous) continue;
                        // A separator set apart by spaces never stands inside a person, place or organization: the span is
                        // two names (`Roland-Garros : Clément Roquebrune` in a headline, `Stripe · Livraison Colissimo` in a menu).
                        int from = first + span.Start, last = first + span.End - 1;
                        if (span.Label != EntityLabel.Miscellaneous)
                        {
                            for (int k = from + 1; k < last; k++)
                            {
                                if (!IsSpacedSeparator(text, tokens, k)) continue;
                                Add(text, tokens, from, k - 1, span, s, mentions, sentenceOfMention);
                                from = k + 1;
                            }
                        }

                        Add(text, tokens, from, last, span, s, mentions, sentenceOfMention);
                    }
                }
            }
        }
        finally
        {
            spans.Clear();
            if (spans.Capacity <= MaxPooledSpans) spanLists.Return(spans);
        }
    }

    /// <summary>Adds the mention of tokens <paramref name="head"/> to <paramref name="tail"/> (inclusive) with the span's label and score.</summary>
    private static void Add(string text, IReadOnlyList<Token> tokens, int head, int tail, TaggedSpan span, int sentence, List<EntityMention> mentions, List<int> sentenceOfMention)
    {
        // A punctuation mark set apart by a space never ends or opens a name (`Sophie !`, `« Sophie`).
        while (tail > head && tokens[tail].Kind == TokenKind.Punctuation && tokens[tail].Start > tokens[tail - 1].End) tail--;
        while (head < tail && tokens[head].Kind == TokenKind.Punctuation && tokens[head + 1].Start > tokens[head].End) head++;
        int start = tokens[head].Start;
        int stop = tokens[tail].End;
        mentions.Add(new EntityMention(start, stop, text.Substring(start, stop - start), span.Label, span.Score, null));
        sentenceOfMention.Add(sentence);
    }

    /// <summary>Whether token <paramref name="k"/> is a separator (<c>:</c>, <c>;</c>, <c>·</c>, <c>•</c>, <c>|</c>, <c>&gt;</c>, <c>/</c>) with a space on either side.</summary>
    private static bool IsSpacedSeparator(string text, IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol && tokens[k].Length == 1 && text[tokens[k].Start] is ':' or ';' or '·' or '•' or '|' or '>' or '/'
        && tokens[k].Start > tokens[k - 1].End && tokens[k + 1].Start > tokens[k].End;
}
