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

    /// <summary>Updates towards <paramref name="gold"/> and away from <paramref name="predicted"/>, scaled by <paramref name="size"/>, then advances the step.</summary>
    public void Update(int[] features, int[] offsets, int[] gold, ReadOnlySpan<int> predicted, float size = 1)
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
                    Bump(Weights, accumulated, f + g, size);
                    Bump(Weights, accumulated, f + p, -size);
                }
            }

            int gPrev = i == 0 ? -1 : gold[i - 1], pPrev = i == 0 ? -1 : predicted[i - 1];
            if (g != p || gPrev != pPrev)
            {
                Bump(Transitions, accumulatedTransitions, (gPrev + 1) * t + g, size);
                Bump(Transitions, accumulatedTransitions, (pPrev + 1) * t + p, -size);
            }
        }

        step++;
    }

    /// <summary>Advances the step without an update (the sentence was already right).</summary>
    public void Skip() => step++;

    /// <summary>
    /// Squared norm of <c>Φ(gold) − Φ(predicted)</c>, counting each token's features once per differing tag (features
    /// repeated across tokens are treated as distinct: an upper bound that only shortens passive-aggressive steps).
    /// </summary>
    public static int DifferenceNorm(int[] offsets, int[] gold, ReadOnlySpan<int> predicted)
    {
        int norm = 0;
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = predicted[i];
            if (g != p) norm += 2 * (offsets[i + 1] - offsets[i]);
            int gPrev = i == 0 ? -1 : gold[i - 1], pPrev = i == 0 ? -1 : predicted[i - 1];
            if (g != p || gPrev != pPrev) norm += 2;
        }

        return norm;
    }

    private void Bump(float[] w, double[] acc, int index, float delta)
    {
        w[index] += delta;
        acc[index] += (double)step * delta;
    }

    /// <summary>Copies the current (not averaged) weights.</summary>
    public void Current(float[] weights, float[] transitions)
    {
        Weights.CopyTo(weights, 0);
        Transitions.CopyTo(transitions, 0);
    }

    /// <summary>Writes the averaged weights.</summary>
    public void Average(float[] weights, float[] transitions)
    {
        double c = step;
        for (int i = 0; i < Weights.Length; i++) weights[i] = (float)(Weights[i] - accumulated[i] / c);
        for (int i = 0; i < Transitions.Length; i++) transitions[i] = (float)(Transitions[i] - accumulatedTransitions[i] / c);
    }
}
