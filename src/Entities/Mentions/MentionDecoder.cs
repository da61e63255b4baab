using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Runs the tagger over each sentence and turns its token spans into mentions with character offsets into the original text.
/// Sentences longer than the window are tagged in consecutive windows so that memory stays bounded. An optional
/// <see cref="IMentionRefiner"/> then corrects spans and labels (for example with an alias table). The cancellation token is
/// checked before each window.
/// </summary>
internal sealed class MentionDecoder(EntityTagger tagger, int maxSentenceTokens, double minimumScore, bool includeMiscellaneous, IMentionRefiner? refiner = null)
{
    /// <summary>The working lists of a decoding call, reused from one call to the next (nothing keeps them once a call returns).</summary>
    private readonly Pooling.ScratchPool<WorkLists> pool = new();

    /// <summary>Working lists longer than this are left to the garbage collector rather than kept for reuse.</summary>
    private const int MaxPooledMentions = 1 << 12;

    public TaggedMentions Decode(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken)
    {
        var mentions = new List<EntityMention>();
        var sentenceOfMention = new List<int>();
        DecodeInto(text, 0, 0, tokens, sentences, mentions, sentenceOfMention, cancellationToken);
        return new TaggedMentions(mentions, sentenceOfMention);
    }

    /// <summary>
    /// Decodes one piece of a document and appends its mentions, shifted by <paramref name="textOffset"/> characters, and their
    /// sentence indices, shifted by <paramref name="sentenceOffset"/>.
    /// </summary>
    /// <param name="text">The piece that was tokenized (the whole document, or a chunk of it).</param>
    /// <param name="textOffset">Where <paramref name="text"/> starts in the document.</param>
    /// <param name="sentenceOffset">Number of sentences in the document before this piece.</param>
    /// <param name="tokens">The piece's tokens (offsets into <paramref name="text"/>).</param>
    /// <param name="sentences">The piece's sentences.</param>
    /// <param name="mentions">Receives the mentions.</param>
    /// <param name="sentenceOfMention">Receives the sentence index of each mention.</param>
    /// <param name="cancellationToken">Checked before each tagging window.</param>
    public void DecodeInto(
        string text,
        int textOffset,
        int sentenceOffset,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        List<EntityMention> mentions,
        List<int> sentenceOfMention,
        CancellationToken cancellationToken)
    {
        var work = pool.TryTake(out var pooled) ? pooled : new WorkLists();
        try
        {
            DecodeWith(work, text, textOffset, sentenceOffset, tokens, sentences, mentions, sentenceOfMention, cancellationToken);
        }
        finally
        {
            if (work.Mentions.Count <= MaxPooledMentions && work.Spans.Count <= MaxPooledMentions)
            {
                work.Clear();
                pool.Return(work);
            }
        }
    }

    private void DecodeWith(
        WorkLists work,
        string text,
        int textOffset,
        int sentenceOffset,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        List<EntityMention> mentions,
        List<int> sentenceOfMention,
        CancellationToken cancellationToken)
    {
        var local = work.Mentions;
        var localSentences = work.Sentences;
        var spans = work.Spans;
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
                    int start = tokens[first + span.Start].Start;
                    int stop = tokens[first + span.End - 1].End;
                    local.Add(new EntityMention(start, stop, text.Substring(start, stop - start), span.Label, span.Score, null));
                    localSentences.Add(s);
                }
            }
        }

        var piece = refiner is null || local.Count == 0 ? new TaggedMentions(local, localSentences) : Refine(text, tokens, sentences, local, localSentences);
        for (int i = 0; i < piece.Mentions.Count; i++)
        {
            var mention = piece.Mentions[i];
            if (!includeMiscellaneous && mention.Label == EntityLabel.Miscellaneous) continue;
            mentions.Add(textOffset == 0 ? mention : mention with { Start = mention.Start + textOffset, End = mention.End + textOffset });
            sentenceOfMention.Add(sentenceOffset + piece.SentenceOfMention[i]);
        }
    }

    private TaggedMentions Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<EntityMention> mentions, List<int> sentenceOfMention)
    {
        var refined = refiner!.Refine(text, tokens, sentences, mentions);
        return ReferenceEquals(refined, mentions) ? new TaggedMentions(mentions, sentenceOfMention) : Locate(text, tokens, sentences, refined);
    }

    /// <summary>The lists one decoding call works in.</summary>
    private sealed class WorkLists
    {
        public List<EntityMention> Mentions { get; } = [];

        public List<int> Sentences { get; } = [];

        public List<TaggedSpan> Spans { get; } = [];

        public void Clear()
        {
            Mentions.Clear();
            Sentences.Clear();
            Spans.Clear();
        }
    }

    /// <summary>Checks a refiner's output against the <see cref="IMentionRefiner"/> contract and finds the sentence of each mention.</summary>
    private static TaggedMentions Locate(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        var sentenceOfMention = new int[mentions.Count];
        var cursor = new TokenCursor(TokenLookup.AsSpan(tokens), TokenLookup.AsSpan(sentences));
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            int first = cursor.TokenStartingAt(mention.Start);
            int sentence = first < 0 ? -1 : cursor.SentenceOfToken(first);
            bool valid = sentence >= 0
                && mention.End > mention.Start && mention.End <= text.Length
                && (i == 0 || mentions[i - 1].End <= mention.Start)
                && mention.Text.Length == mention.Length
                && string.CompareOrdinal(text, mention.Start, mention.Text, 0, mention.Length) == 0;
            if (!valid) throw new InvalidOperationException($"The mention refiner returned an invalid mention {mention} (it must cover whole tokens in order, without overlap, with its exact text).");
            sentenceOfMention[i] = sentence;
        }

        return new TaggedMentions(mentions, sentenceOfMention);
    }
}
