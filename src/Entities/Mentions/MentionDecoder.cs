using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Runs the tagger over each sentence and turns its token spans into mentions with character offsets into the original text.
/// Sentences longer than the window are tagged in consecutive windows so that memory stays bounded. The cancellation token is
/// checked before each window.
/// </summary>
internal sealed class MentionDecoder(EntityTagger tagger, int maxSentenceTokens, double minimumScore, bool includeMiscellaneous)
{
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
        var window = new List<string>(Math.Min(maxSentenceTokens, tokens.Count));
        var spans = new List<TaggedSpan>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (int first = sentence.FirstToken; first < sentence.EndToken; first += maxSentenceTokens)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int end = Math.Min(first + maxSentenceTokens, sentence.EndToken);
                window.Clear();
                for (int t = first; t < end; t++) window.Add(tokens[t].GetNormalized(text));
                spans.Clear();
                tagger.Tag(window, spans);
                foreach (var span in spans)
                {
                    if (span.Score < minimumScore) continue;
                    if (!includeMiscellaneous && span.Label == EntityLabel.Miscellaneous) continue;
                    int start = tokens[first + span.Start].Start;
                    int stop = tokens[first + span.End - 1].End;
                    mentions.Add(new EntityMention(textOffset + start, textOffset + stop, text.Substring(start, stop - start), span.Label, span.Score, null));
                    sentenceOfMention.Add(sentenceOffset + s);
                }
            }
        }
    }
}
