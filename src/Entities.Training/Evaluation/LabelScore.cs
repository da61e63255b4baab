namespace Entities.Evaluation;

/// <summary>Exact-span counts and scores for one label or an average.</summary>
/// <param name="TruePositives">Predicted spans that match a gold span exactly (boundaries and label).</param>
/// <param name="FalsePositives">Predicted spans with no exact gold match.</param>
/// <param name="FalseNegatives">Gold spans with no exact predicted match.</param>
public readonly record struct LabelScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Number of gold spans.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>Number of predicted spans.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>TP / (TP + FP), 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TP / (TP + FN), 0 when there is no gold span.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two counts.</summary>
    public static LabelScore operator +(LabelScore a, LabelScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Sums two counts (named alternative to <c>+</c>).</summary>
    public static LabelScore Add(LabelScore left, LabelScore right) => left + right;
}
