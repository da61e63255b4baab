using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Runs the tagger over each sentence and turns its token spans into mentions with character offsets into the original text.
/// Sentences longer than the window are tagged in consecutive windows so that memory stays bounded.
/// </summary>
internal sealed class MentionDecoder(EntityTagger tagger, int maxSentenceTokens, double minimumScore, bool includeMiscellaneous)
{
    public TaggedMentions Decode(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken)
    {
        var mentions = new List<EntityMention>();
        var sentenceOfMention = new List<int>();
        var window = new List<string>(Math.Min(maxSentenceTokens, tokens.Count));
        var spans = new List<TaggedSpan>();
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            for (int first = sentence.FirstToken; first < sentence.EndToken; first += maxSentenceTokens)
            {
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
                    mentions.Add(new EntityMention(start, stop, text.Substring(start, stop - start), span.Label, span.Score, null));
                    sentenceOfMention.Add(s);
                }
            }
        }

        return new TaggedMentions(mentions, sentenceOfMention);
    }
}
