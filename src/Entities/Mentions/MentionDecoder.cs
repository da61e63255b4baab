using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Runs the tagger over each sentence and turns its token spans into mentions with character offsets into the original text.
/// Sentences longer than the window are tagged in consecutive windows so that memory stays bounded. An optional
/// <see cref="IMentionRefiner"/> then corrects spans and labels (for example with an alias table).
/// </summary>
internal sealed class MentionDecoder(EntityTagger tagger, int maxSentenceTokens, double minimumScore, bool includeMiscellaneous, IMentionRefiner? refiner = null)
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

        if (refiner is null || mentions.Count == 0) return new TaggedMentions(mentions, sentenceOfMention);
        var refined = refiner.Refine(text, tokens, sentences, mentions);
        return ReferenceEquals(refined, mentions) ? new TaggedMentions(mentions, sentenceOfMention) : Locate(text, tokens, sentences, refined);
    }

    /// <summary>Checks a refiner's output against the <see cref="IMentionRefiner"/> contract and finds the sentence of each mention.</summary>
    private static TaggedMentions Locate(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        var sentenceOfMention = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
            int sentence = first < 0 ? -1 : TokenLookup.SentenceOfToken(sentences, first);
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
