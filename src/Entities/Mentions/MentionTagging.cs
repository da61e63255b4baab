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
                        // A punctuation mark set apart by a space never ends or opens a name (`Sophie !`, `« Sophie`).
                        int head = first + span.Start, tail = first + span.End - 1;
                        while (tail > head && tokens[tail].Kind == TokenKind.Punctuation && tokens[tail].Start > tokens[tail - 1].End) tail--;
                        while (head < tail && tokens[head].Kind == TokenKind.Punctuation && tokens[head + 1].Start > tokens[head].End) head++;
                        int start = tokens[head].Start;
                        int stop = tokens[tail].End;
                        mentions.Add(new EntityMention(start, stop, text.Substring(start, stop - start), span.Label, span.Score, null));
                        sentenceOfMention.Add(s);
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
}
