namespace Entities.Evaluation;

/// <summary>
/// Accumulates exact-span matches between gold and predicted annotations, conlleval-style: a predicted span counts
/// only when its boundaries and label equal a gold span's. Not thread-safe; one evaluator per run.
/// </summary>
public sealed class SpanEvaluator
{
    private readonly Dictionary<EntityLabel, LabelScore> scores = [];
    private int sentences, tokens;

    /// <summary>Adds one sentence given as IOB2 tags.</summary>
    public void Add(IReadOnlyList<string> goldTags, IReadOnlyList<string> predictedTags)
    {
        ArgumentNullException.ThrowIfNull(goldTags);
        ArgumentNullException.ThrowIfNull(predictedTags);
        if (goldTags.Count != predictedTags.Count) throw new ArgumentException("Gold and predicted tags differ in length.", nameof(predictedTags));
        Add(IobSpans.Extract(goldTags), IobSpans.Extract(predictedTags), goldTags.Count);
    }

    /// <summary>Adds one sentence given as spans.</summary>
    public void Add(IReadOnlyList<(int Start, int End, EntityLabel Label)> gold, IReadOnlyList<(int Start, int End, EntityLabel Label)> predicted, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        sentences++;
        tokens += tokenCount;
        var goldSet = new HashSet<(int, int, EntityLabel)>(gold);
        foreach (var span in predicted)
        {
            bool hit = goldSet.Remove(span);
            Bump(span.Label, hit ? new LabelScore(1, 0, 0) : new LabelScore(0, 1, 0));
        }

        foreach (var span in goldSet) Bump(span.Item3, new LabelScore(0, 0, 1));
    }

    private void Bump(EntityLabel label, LabelScore delta) => scores[label] = scores.GetValueOrDefault(label) + delta;

    /// <summary>The scores so far.</summary>
    public EvaluationReport Report() => new(new Dictionary<EntityLabel, LabelScore>(scores), sentences, tokens);
}
