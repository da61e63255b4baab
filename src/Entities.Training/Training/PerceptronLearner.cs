using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Structured perceptron (Collins 2002) or passive-aggressive steps: decode the sentence (cost-augmented when a margin
/// is set, so the gold path must win by a margin) and, when the prediction is wrong, move the weights towards the gold
/// path's features and away from the predicted path's. Snapshots are the averaged weights unless averaging is off.
/// </summary>
internal sealed class PerceptronLearner(TagSet tagSet, int featureCount, TrainerOptions options) : ISequenceLearner
{
    private readonly PerceptronState state = new(featureCount, tagSet.Count);

    public void Learn(int[] features, int[] offsets, int[] gold, DecodeBuffers work)
    {
        int t = tagSet.Count, n = gold.Length;
        float cost = options.MarginCost;
        TrainingDecoder.Emissions(tagSet, state.Weights, features, offsets, n, work);
        var emissions = work.Emissions.AsSpan(0, n * t);
        if (cost > 0)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < t; j++) if (j != gold[i]) emissions[i * t + j] += cost;
            }
        }

        SequenceDecoder.Viterbi(tagSet, emissions, state.Transitions, n, work.Tags);
        var predicted = work.Tags.AsSpan(0, n);
        if (predicted.SequenceEqual(gold))
        {
            state.Skip();
            return;
        }

        if (options.Update == UpdateRule.Perceptron)
        {
            state.Update(features, offsets, gold, predicted);
            return;
        }

        // Cost-augmented scores: loss = s'(predicted) − s'(gold), where s' includes the cost (0 on the gold path).
        double loss = PathScore(emissions, state.Transitions, predicted, t) - PathScore(emissions, state.Transitions, gold, t);
        int norm = PerceptronState.DifferenceNorm(offsets, gold, predicted);
        if (loss <= 0 || norm == 0)
        {
            state.Skip();
            return;
        }

        state.Update(features, offsets, gold, predicted, (float)Math.Min(options.Aggressiveness, loss / norm));
    }

    public void Snapshot(float[] weights, float[] transitions)
    {
        if (options.Average) state.Average(weights, transitions);
        else state.Current(weights, transitions);
    }

    private static double PathScore(ReadOnlySpan<float> emissions, float[] transitions, ReadOnlySpan<int> tags, int t)
    {
        double score = 0;
        for (int i = 0; i < tags.Length; i++) score += emissions[i * t + tags[i]] + transitions[((i == 0 ? -1 : tags[i - 1]) + 1) * t + tags[i]];
        return score;
    }
}
