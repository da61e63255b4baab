namespace Entities.Training;

/// <summary>
/// Perceptron weights with lazy averaging: each update <c>d</c> at step <c>c</c> adds <c>d</c> to the weights and
/// <c>c·d</c> to an accumulator, so the average is <c>w − acc / c</c> without touching every weight at every step.
/// </summary>
internal sealed class PerceptronState
{
    private readonly int tagCount;
    private readonly double[] accumulated;
    private readonly double[] accumulatedTransitions;
    private long step = 1;

    public PerceptronState(int featureCount, int tagCount)
    {
        this.tagCount = tagCount;
        Weights = new float[featureCount * tagCount];
        accumulated = new double[featureCount * tagCount];
        Transitions = new float[(tagCount + 1) * tagCount];
        accumulatedTransitions = new double[Transitions.Length];
    }

    public float[] Weights { get; }

    public float[] Transitions { get; }

    /// <summary>Updates towards <paramref name="gold"/> and away from <paramref name="predicted"/>, then advances the step.</summary>
    public void Update(int[] features, int[] offsets, int[] gold, ReadOnlySpan<int> predicted)
    {
        int t = tagCount;
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = predicted[i];
            if (g != p)
            {
                for (int k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    int f = features[k] * t;
                    Bump(Weights, accumulated, f + g, 1);
                    Bump(Weights, accumulated, f + p, -1);
                }
            }

            int gPrev = i == 0 ? -1 : gold[i - 1], pPrev = i == 0 ? -1 : predicted[i - 1];
            if (g != p || gPrev != pPrev)
            {
                Bump(Transitions, accumulatedTransitions, (gPrev + 1) * t + g, 1);
                Bump(Transitions, accumulatedTransitions, (pPrev + 1) * t + p, -1);
            }
        }

        step++;
    }

    private void Bump(float[] w, double[] acc, int index, int delta)
    {
        w[index] += delta;
        acc[index] += (double)step * delta;
    }

    /// <summary>Writes the averaged weights.</summary>
    public void Average(float[] weights, float[] transitions)
    {
        double c = step;
        for (int i = 0; i < Weights.Length; i++) weights[i] = (float)(Weights[i] - accumulated[i] / c);
        for (int i = 0; i < Transitions.Length; i++) transitions[i] = (float)(Transitions[i] - accumulatedTransitions[i] / c);
    }
}
