using Entities.Evaluation;
using Entities.Tagging;

namespace Entities.Training;

/// <summary>Emission scores, Viterbi decoding and dev scoring over dense training weights (<c>weights[feature * tagCount + tag]</c>).</summary>
internal static class TrainingDecoder
{
    /// <summary>Writes the emission scores of the sentence's <paramref name="n"/> tokens into <c>work.Emissions</c>.</summary>
    public static void Emissions(TagSet tagSet, float[] weights, int[] features, int[] offsets, int n, DecodeBuffers work)
    {
        int t = tagSet.Count;
        var emissions = work.Emissions.AsSpan(0, n * t);
        emissions.Clear();
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.Slice(i * t, t);
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var row = weights.AsSpan(features[k] * t, t);
                for (int j = 0; j < t; j++) scores[j] += row[j];
            }
        }
    }

    /// <summary>Writes the best legal tag sequence into <c>work.Tags</c>.</summary>
    public static void Decode(TagSet tagSet, float[] weights, float[] transitions, int[] features, int[] offsets, int n, DecodeBuffers work)
    {
        Emissions(tagSet, weights, features, offsets, n, work);
        SequenceDecoder.Viterbi(tagSet, work.Emissions.AsSpan(0, n * tagSet.Count), transitions, n, work.Tags);
    }

    /// <summary>PER/LOC/ORG exact-span micro-F1 of the weights on <paramref name="dev"/>.</summary>
    public static double Score(TagSet tagSet, float[] weights, float[] transitions, FeaturizedCorpus dev, DecodeBuffers work)
    {
        var evaluator = new SpanEvaluator();
        var goldSpans = new List<(int, int, int)>();
        var predSpans = new List<(int, int, int)>();
        for (int s = 0; s < dev.Count; s++)
        {
            int n = dev.Gold[s].Length;
            work.Ensure(n);
            Decode(tagSet, weights, transitions, dev.Features[s], dev.Offsets[s], n, work);
            goldSpans.Clear();
            predSpans.Clear();
            tagSet.ToSpans(dev.Gold[s], goldSpans);
            tagSet.ToSpans(work.Tags.AsSpan(0, n), predSpans);
            evaluator.Add(ToLabeled(tagSet, goldSpans), ToLabeled(tagSet, predSpans), n);
        }

        return evaluator.Report().Core.F1;
    }

    private static List<(int, int, EntityLabel)> ToLabeled(TagSet tagSet, List<(int Start, int End, int LabelIndex)> spans) =>
        spans.Select(s => (s.Start, s.End, tagSet.Labels[s.LabelIndex])).ToList();
}
