using Entities.Corpora;
using Entities.Tagging;

namespace Entities.Evaluation;

/// <summary>Runs a tagger over an annotated corpus and scores it.</summary>
public static class TaggerEvaluation
{
    /// <summary>Tags every sentence and compares with its gold tags.</summary>
    public static EvaluationReport Evaluate(CrfTagger tagger, IEnumerable<CorpusSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var evaluator = new SpanEvaluator();
        foreach (var sentence in sentences)
            evaluator.Add(sentence.Tags, tagger.TagIob2(sentence.Tokens));
        return evaluator.Report();
    }
}
