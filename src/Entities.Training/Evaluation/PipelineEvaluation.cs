using System.Text;
using Entities.Corpora;

namespace Entities.Evaluation;

/// <summary>
/// Scores the whole extraction pipeline (tokenizer, sentence splitter, tagger, mention refiners) on an annotated corpus,
/// where <see cref="TaggerEvaluation"/> scores the tagger alone on the corpus tokens. The corpus tokens are joined back
/// into text (one space between tokens except around punctuation that French writes glued, one line per sentence, <see cref="SentencesPerDocument"/> sentences per
/// document), the extractor runs on that text, and each predicted mention counts as correct only when its character
/// span starts at the first character of a gold span's first token, ends at the end of its last token and has its label.
/// A predicted mention that does not start and end on corpus-token boundaries is a false positive.
/// </summary>
public static class PipelineEvaluation
{
    /// <summary>How many corpus sentences make one document (so document-level rules, such as acronym recurrence, apply).</summary>
    public const int SentencesPerDocument = 20;

    /// <summary>Runs <paramref name="extractor"/> over the joined text of <paramref name="sentences"/> and compares with the gold tags.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EvaluationReport Evaluate(IEntityExtractor extractor, IEnumerable<CorpusSentence> sentences, CancellationToken cancellationToken = default) =>
        Evaluate(extractor, sentences, null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="extractor"/> over the joined text of <paramref name="sentences"/>, compares with the gold tags,
    /// and hands every sentence whose predicted spans differ from its gold spans to <paramref name="disagreement"/> (when not
    /// <see langword="null"/>), in corpus order.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> or <paramref name="sentences"/> is <see langword="null"/>.</exception>
    public static EvaluationReport Evaluate(IEntityExtractor extractor, IEnumerable<CorpusSentence> sentences, Action<SentenceDisagreement>? disagreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(sentences);
        var evaluator = new SpanEvaluator();
        foreach (var document in sentences.Chunk(SentencesPerDocument))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, starts) = Join(document);
            var mentions = extractor.ExtractEntities(text, cancellationToken).Mentions;
            int next = 0;
            for (int s = 0; s < document.Length; s++)
            {
                if (document[s].Tokens.Count == 0) continue;
                var tokenStarts = starts[s];
                int sentenceEnd = tokenStarts[^1] + document[s].Tokens[^1].Length;
                var predicted = new List<(int Start, int End, EntityLabel Label)>();
                while (next < mentions.Count && mentions[next].Start < sentenceEnd)
                {
                    var mention = mentions[next++];
                    predicted.Add(ToTokenSpan(mention, document[s], tokenStarts));
                }

                var gold = IobSpans.Extract(document[s].Tags);
                evaluator.Add(gold, predicted, document[s].Tokens.Count);
                if (disagreement is not null && !new HashSet<(int, int, EntityLabel)>(gold).SetEquals(predicted))
                    disagreement(new SentenceDisagreement(document[s], gold, predicted));
            }
        }

        return evaluator.Report();
    }

    /// <summary>The text of a document and, per sentence, the character offset of each token.</summary>
    private static (string Text, int[][] TokenStarts) Join(CorpusSentence[] document)
    {
        var text = new StringBuilder();
        var starts = new int[document.Length][];
        for (int s = 0; s < document.Length; s++)
        {
            var tokens = document[s].Tokens;
            starts[s] = new int[Math.Max(1, tokens.Count)];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i > 0 && !GluedToPrevious(tokens[i - 1], tokens[i])) text.Append(' ');
                starts[s][i] = text.Length;
                text.Append(tokens[i]);
            }

            text.Append('\n');
        }

        return (text.ToString(), starts);
    }

    /// <summary>
    /// Whether two corpus tokens are written without a space between them in ordinary French text: before <c>, . ) ] …</c>,
    /// after <c>( [</c> and after an elided word (<c>l'</c>, <c>qu'</c>). Everything else gets one space, as in the corpora.
    /// </summary>
    private static bool GluedToPrevious(string previous, string token) =>
        token is "," or "." or ")" or "]" or "…" or "..." || previous is "(" or "[" ||
        (previous.Length > 1 && previous[^1] is '\'' or '\u2019' && char.IsLetter(previous[^2]));

    /// <summary>The corpus-token span of a mention, or an empty span (never gold) when it does not fall on token boundaries.</summary>
    private static (int Start, int End, EntityLabel Label) ToTokenSpan(EntityMention mention, CorpusSentence sentence, int[] tokenStarts)
    {
        int first = Array.BinarySearch(tokenStarts, 0, sentence.Tokens.Count, mention.Start);
        if (first < 0) return (0, 0, mention.Label);
        for (int last = first; last < sentence.Tokens.Count; last++)
        {
            int end = tokenStarts[last] + sentence.Tokens[last].Length;
            if (end == mention.End) return (first, last + 1, mention.Label);
            if (end > mention.End) break;
        }

        return (0, 0, mention.Label);
    }
}

/// <summary>A corpus sentence whose predicted spans differ from its gold spans (token ranges, end exclusive).</summary>
/// <param name="Sentence">The corpus sentence.</param>
/// <param name="Gold">Its gold spans.</param>
/// <param name="Predicted">The spans the pipeline found; a mention that does not fall on token boundaries is <c>(0, 0, label)</c>.</param>
public sealed record SentenceDisagreement(
    CorpusSentence Sentence,
    IReadOnlyList<(int Start, int End, EntityLabel Label)> Gold,
    IReadOnlyList<(int Start, int End, EntityLabel Label)> Predicted)
{
    /// <summary>The gold spans the pipeline did not find, with their text (tokens joined by spaces).</summary>
    public IEnumerable<(EntityLabel Label, string Text)> Missed => Gold.Except(Predicted).Select(span => (span.Label, TextOf(span)));

    /// <summary>The predicted spans that are not gold, with their text (empty for a mention off token boundaries).</summary>
    public IEnumerable<(EntityLabel Label, string Text)> Spurious => Predicted.Except(Gold).Select(span => (span.Label, TextOf(span)));

    private string TextOf((int Start, int End, EntityLabel Label) span) => string.Join(' ', Sentence.Tokens.Skip(span.Start).Take(span.End - span.Start));
}
