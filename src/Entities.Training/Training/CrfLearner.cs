using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Linear-chain conditional random field over the legal BILOU transitions, trained online: for each sentence, the
/// gradient of its negative log-likelihood (tag and transition marginals from a scaled forward-backward pass minus the
/// gold counts) is applied with per-weight AdaGrad steps. An L2 penalty <c>λ/2·‖w‖²</c> over the whole corpus is spread over
/// the sentences and applied lazily: a feature's row decays by <c>(1 − η·λ/N)</c> per sentence since it was last seen,
/// when it is next seen or at the end of the epoch. With a margin cost, wrong tags get the cost inside the partition
/// function (softmax-margin). Snapshots are the averaged weights (mean of the weights after every sentence, kept
/// lazily as for the perceptron; a decay counts at the step it is caught up) unless averaging is off.
/// </summary>
internal sealed class CrfLearner : ISequenceLearner
{
    /// <summary>Gradients smaller than this are not applied.</summary>
    private const double SmallGradient = 1e-5;

    /// <summary>
    /// Starting value of every AdaGrad sum of squares: without it the first step of a weight is the full learning rate
    /// whatever the size of its gradient, so every tag of every feature would get a weight of ±η at once (a dense, noisy
    /// model); with it a gradient g ≪ 0.3 moves its weight by about η·g/0.3.
    /// </summary>
    private const float InitialSquares = 0.1f;

    private readonly TagSet tagSet;
    private readonly int t;
    private readonly float[] weights;
    private readonly float[] squares;
    private readonly int[] lastSeen;
    private readonly float[] transitions;
    private readonly double[] accumulated;
    private readonly double[] accumulatedTransitions;
    private readonly bool average;
    private readonly float[] transitionSquares;
    private readonly double[] transitionGradient;
    private readonly double[] expTransitions;
    private readonly double learningRate;
    private readonly double decayPerStep;
    private readonly float cost;
    private double[] ex = new double[64], alpha = new double[64], beta = new double[64];
    private int step;

    public CrfLearner(TagSet tagSet, int featureCount, int sentenceCount, TrainerOptions options)
    {
        this.tagSet = tagSet;
        t = tagSet.Count;
        weights = new float[featureCount * t];
        squares = new float[featureCount * t];
        Array.Fill(squares, InitialSquares);
        lastSeen = new int[featureCount];
        transitions = new float[(t + 1) * t];
        transitionSquares = new float[transitions.Length];
        Array.Fill(transitionSquares, InitialSquares);
        transitionGradient = new double[transitions.Length];
        expTransitions = new double[transitions.Length];
        learningRate = options.LearningRate;
        decayPerStep = 1 - options.LearningRate * options.L2 / Math.Max(1, sentenceCount);
        cost = options.MarginCost;
        average = options.Average;
        accumulated = average ? new double[weights.Length] : [];
        accumulatedTransitions = average ? new double[transitions.Length] : [];
    }

    public void Learn(int[] features, int[] offsets, int[] gold, DecodeBuffers work)
    {
        int n = gold.Length;
        if (n == 0) return;
        step++;
        if (decayPerStep < 1)
        {
            for (int k = 0; k < offsets[n]; k++) CatchUp(features[k]);
        }

        TrainingDecoder.Emissions(tagSet, weights, features, offsets, n, work);
        var emissions = work.Emissions.AsSpan(0, n * t);
        if (cost > 0)
        {
            for (int i = 0; i < n; i++)
                for (int j = 0; j < t; j++) if (j != gold[i]) emissions[i * t + j] += cost;
        }

        ForwardBackward(emissions, n, gold, work.Tags);

        // Emission gradient: marginal − gold indicator, for every feature of the token.
        for (int i = 0; i < n; i++)
        {
            var marginal = alpha.AsSpan(i * t, t);
            marginal[gold[i]] -= 1;
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                int row = features[k] * t;
                for (int j = 0; j < t; j++)
                {
                    double g = marginal[j];
                    if (Math.Abs(g) < SmallGradient) continue;
                    ref float sq = ref squares[row + j];
                    sq += (float)(g * g);
                    Bump(weights, accumulated, row + j, (float)(-learningRate * g / Math.Sqrt(sq)));
                }
            }
        }

        for (int x = 0; x < transitions.Length; x++)
        {
            double g = transitionGradient[x];
            if (Math.Abs(g) < SmallGradient) continue;
            transitionSquares[x] += (float)(g * g);
            Bump(transitions, accumulatedTransitions, x, (float)(-learningRate * g / Math.Sqrt(transitionSquares[x])));
        }
    }

    public void Snapshot(float[] weights, float[] transitions)
    {
        if (decayPerStep < 1)
        {
            for (int f = 0; f < lastSeen.Length; f++) CatchUp(f);
        }

        if (!average)
        {
            this.weights.CopyTo(weights, 0);
            this.transitions.CopyTo(transitions, 0);
            return;
        }

        // The weights after sentence c are w − acc / (c + 1) averaged over c = 0 … step (step + 1 snapshots, the first all zero).
        double c = step + 1;
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)(this.weights[i] - accumulated[i] / c);
        for (int i = 0; i < transitions.Length; i++) transitions[i] = (float)(this.transitions[i] - accumulatedTransitions[i] / c);
    }

    private void Bump(float[] w, double[] acc, int index, float delta)
    {
        w[index] += delta;
        if (average) acc[index] += (double)step * delta;
    }

    /// <summary>After <see cref="ForwardBackward"/>: the tag marginals of token i at <c>[i * t .. (i + 1) * t)</c>.</summary>
    internal ReadOnlySpan<double> Marginals(int n) => alpha.AsSpan(0, n * t);

    /// <summary>After <see cref="ForwardBackward"/>: expected minus gold transition counts, laid out as the transitions.</summary>
    internal ReadOnlySpan<double> TransitionGradient => transitionGradient;

    /// <summary>The current transition weights (for tests).</summary>
    internal float[] Transitions => transitions;

    private void CatchUp(int feature)
    {
        int missed = step - lastSeen[feature];
        if (missed == 0) return;
        lastSeen[feature] = step;
        float factor = (float)Math.Pow(decayPerStep, missed);
        int row = feature * t;
        for (int j = 0; j < t; j++) Bump(weights, accumulated, row + j, weights[row + j] * (factor - 1));
    }

    /// <summary>
    /// Scaled forward-backward: leaves the tag marginals in <c>alpha[i * t + j]</c>, the transition gradient (expected
    /// minus gold counts) in <see cref="transitionGradient"/> and the most probable tag of each token in <paramref name="predicted"/>.
    /// </summary>
    internal void ForwardBackward(ReadOnlySpan<float> emissions, int n, int[] gold, int[] predicted)
    {
        if (ex.Length < n * t)
        {
            ex = new double[n * t * 2];
            alpha = new double[n * t * 2];
            beta = new double[n * t * 2];
        }

        var previous = tagSet.Previous;
        var offsets = tagSet.PreviousOffsets;
        for (int p = -1; p < t; p++)
            for (int j = 0; j < t; j++)
                expTransitions[(p + 1) * t + j] = tagSet.IsAllowed(p, j) ? Math.Exp(transitions[(p + 1) * t + j]) : 0;

        for (int i = 0; i < n; i++)
        {
            var e = emissions.Slice(i * t, t);
            float max = float.NegativeInfinity;
            foreach (float v in e) if (v > max) max = v;
            for (int j = 0; j < t; j++) ex[i * t + j] = Math.Exp((double)e[j] - max);
        }

        for (int j = 0; j < t; j++) alpha[j] = expTransitions[j] * ex[j];
        Normalize(alpha.AsSpan(0, t));
        for (int i = 1; i < n; i++)
        {
            for (int j = 0; j < t; j++)
            {
                double acc = 0;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    acc += alpha[(i - 1) * t + p] * expTransitions[(p + 1) * t + j];
                }

                alpha[i * t + j] = acc * ex[i * t + j];
            }

            Normalize(alpha.AsSpan(i * t, t));
        }

        for (int j = 0; j < t; j++) beta[(n - 1) * t + j] = tagSet.IsAllowedAtEnd(j) ? 1 : 0;
        for (int i = n - 2; i >= 0; i--)
        {
            var b = beta.AsSpan(i * t, t);
            b.Clear();
            for (int j = 0; j < t; j++)
            {
                double next = ex[(i + 1) * t + j] * beta[(i + 1) * t + j];
                if (next == 0) continue;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    b[p] += expTransitions[(p + 1) * t + j] * next;
                }
            }

            Normalize(b);
        }

        // Transition expectations need the forward vectors, so compute them before alpha becomes the marginals.
        Array.Clear(transitionGradient);
        for (int i = n - 1; i >= 1; i--)
        {
            double z = 0;
            for (int j = 0; j < t; j++)
            {
                double right = ex[i * t + j] * beta[i * t + j];
                if (right == 0) continue;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    z += alpha[(i - 1) * t + p] * expTransitions[(p + 1) * t + j] * right;
                }
            }

            if (!(z > 0)) continue;
            double inverse = 1 / z;
            for (int j = 0; j < t; j++)
            {
                double right = ex[i * t + j] * beta[i * t + j] * inverse;
                if (right == 0) continue;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    transitionGradient[(p + 1) * t + j] += alpha[(i - 1) * t + p] * expTransitions[(p + 1) * t + j] * right;
                }
            }

            transitionGradient[(gold[i - 1] + 1) * t + gold[i]] -= 1;
        }

        for (int i = 0; i < n; i++)
        {
            var m = alpha.AsSpan(i * t, t);
            var b = beta.AsSpan(i * t, t);
            int best = 0;
            for (int j = 0; j < t; j++)
            {
                m[j] *= b[j];
                if (m[j] > m[best]) best = j;
            }

            Normalize(m);
            predicted[i] = best;
        }

        for (int j = 0; j < t; j++) transitionGradient[j] += alpha[j];
        transitionGradient[gold[0]] -= 1;
    }

    private static void Normalize(Span<double> values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        if (!(sum > 0)) return;
        double inverse = 1 / sum;
        for (int j = 0; j < values.Length; j++) values[j] *= inverse;
    }
}
