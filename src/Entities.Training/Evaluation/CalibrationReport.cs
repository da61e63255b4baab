using System.Globalization;
using System.Text;
using Entities.Corpora;
using Entities.Tagging;

namespace Entities.Evaluation;

/// <summary>
/// Reliability of mention scores: predicted mentions grouped by score bucket, with the share that is exactly right
/// (span and label), plus the Brier score, the negative log-likelihood and the expected calibration error.
/// </summary>
public sealed class CalibrationReport
{
    /// <summary>Lower bounds of the score buckets (each bucket runs to the next bound; the last one includes 1).</summary>
    public static IReadOnlyList<double> BucketBounds { get; } = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99];

    private CalibrationReport(IReadOnlyList<CalibrationBucket> buckets, double brier, double logLoss, int mentions)
    {
        Buckets = buckets;
        Brier = brier;
        LogLoss = logLoss;
        Mentions = mentions;
    }

    /// <summary>One row per bucket, in score order.</summary>
    public IReadOnlyList<CalibrationBucket> Buckets { get; }

    /// <summary>Mean squared difference between score and correctness (0 or 1).</summary>
    public double Brier { get; }

    /// <summary>Mean negative log-likelihood of correctness (scores clamped to [1e-6, 1 − 1e-6]).</summary>
    public double LogLoss { get; }

    /// <summary>Number of predicted mentions.</summary>
    public int Mentions { get; }

    /// <summary>Expected calibration error: bucket-size-weighted mean of |mean score − precision|.</summary>
    public double ExpectedCalibrationError =>
        Mentions == 0 ? 0 : Buckets.Sum(b => b.Count * Math.Abs(b.MeanScore - b.Precision)) / Mentions;

    /// <summary>Tags every sentence and compares each predicted mention's score with its correctness.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">Annotated sentences.</param>
    /// <param name="labels">Labels to include (default: PER, LOC, ORG).</param>
    public static CalibrationReport Measure(CrfTagger tagger, IEnumerable<CorpusSentence> sentences, IReadOnlySet<EntityLabel>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        labels ??= new HashSet<EntityLabel> { EntityLabel.Person, EntityLabel.Location, EntityLabel.Organization };
        int k = BucketBounds.Count;
        var count = new int[k];
        var correct = new int[k];
        var scoreSum = new double[k];
        double brier = 0, logLoss = 0;
        int total = 0;
        foreach (var sentence in sentences)
        {
            var gold = IobSpans.Extract(sentence.Tags).ToHashSet();
            foreach (var span in tagger.Tag(sentence.Tokens))
            {
                if (!labels.Contains(span.Label)) continue;
                bool hit = gold.Contains((span.Start, span.End, span.Label));
                int b = k - 1;
                while (b > 0 && span.Score < BucketBounds[b]) b--;
                count[b]++;
                scoreSum[b] += span.Score;
                if (hit) correct[b]++;
                double y = hit ? 1 : 0;
                brier += (span.Score - y) * (span.Score - y);
                double p = Math.Clamp(span.Score, 1e-6, 1 - 1e-6);
                logLoss -= Math.Log(hit ? p : 1 - p);
                total++;
            }
        }

        var buckets = Enumerable.Range(0, k)
            .Select(b => new CalibrationBucket(BucketBounds[b], b + 1 < k ? BucketBounds[b + 1] : 1, count[b], correct[b], count[b] == 0 ? 0 : scoreSum[b] / count[b]))
            .ToArray();
        return new CalibrationReport(buckets, total == 0 ? 0 : brier / total, total == 0 ? 0 : logLoss / total, total);
    }

    /// <summary>A Markdown table (score bucket, mentions, mean score, precision) and the summary figures.</summary>
    public string ToText(string title)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"calibration {title} ({Mentions} predicted mentions)");
        sb.AppendLine("| score | mentions | mean score | precision |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var b in Buckets)
            sb.AppendLine(c, $"| [{b.Low:0.00}, {b.High:0.00}{(b.High >= 1 ? "]" : ")")} | {b.Count} | {(b.Count == 0 ? "–" : b.MeanScore.ToString("0.000", c))} | {(b.Count == 0 ? "–" : b.Precision.ToString("0.000", c))} |");
        sb.Append(c, $"Brier {Brier:0.0000}, log loss {LogLoss:0.0000}, ECE {ExpectedCalibrationError:0.0000}");
        return sb.ToString();
    }
}

/// <summary>One score bucket of a <see cref="CalibrationReport"/>.</summary>
/// <param name="Low">Lowest score of the bucket (inclusive).</param>
/// <param name="High">Upper bound of the bucket (exclusive, except 1).</param>
/// <param name="Count">Predicted mentions whose score falls in the bucket.</param>
/// <param name="Correct">Of those, the ones exactly right (span and label).</param>
/// <param name="MeanScore">Mean score of the bucket's mentions.</param>
public sealed record CalibrationBucket(double Low, double High, int Count, int Correct, double MeanScore)
{
    /// <summary>Share of the bucket's mentions that are right (0 when empty).</summary>
    public double Precision => Count == 0 ? 0 : (double)Correct / Count;
}
