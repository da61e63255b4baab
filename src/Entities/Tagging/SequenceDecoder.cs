namespace Entities.Tagging;

/// <summary>
/// First-order decoding over emission and transition scores restricted to the legal BILOU transitions of a
/// <see cref="TagSet"/>: Viterbi for the best sequence, forward-backward for per-token tag marginals.
/// Transitions are laid out as <c>(tagCount + 1) x tagCount</c>, row 0 for the sentence start.
/// </summary>
internal static class SequenceDecoder
{
    /// <summary>Writes the best legal tag sequence into <paramref name="output"/>.</summary>
    public static void Viterbi(TagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        float[] score = System.Buffers.ArrayPool<float>.Shared.Rent(n * t);
        int[] back = System.Buffers.ArrayPool<int>.Shared.Rent(n * t);
        try
        {
            for (int j = 0; j < t; j++)
                score[j] = tagSet.IsAllowed(-1, j) ? emissions[j] + transitions[j] : float.NegativeInfinity;
            for (int i = 1; i < n; i++)
            {
                for (int j = 0; j < t; j++)
                {
                    float best = float.NegativeInfinity;
                    int arg = 0;
                    for (int p = 0; p < t; p++)
                    {
                        if (!tagSet.IsAllowed(p, j)) continue;
                        float s = score[(i - 1) * t + p] + transitions[(p + 1) * t + j];
                        if (s > best) { best = s; arg = p; }
                    }

                    score[i * t + j] = best + emissions[i * t + j];
                    back[i * t + j] = arg;
                }
            }

            float bestEnd = float.NegativeInfinity;
            int last = 0;
            for (int j = 0; j < t; j++)
            {
                if (!tagSet.IsAllowedAtEnd(j)) continue;
                float s = score[(n - 1) * t + j];
                if (s > bestEnd) { bestEnd = s; last = j; }
            }

            output[n - 1] = last;
            for (int i = n - 1; i > 0; i--) output[i - 1] = back[i * t + output[i]];
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(score);
            System.Buffers.ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>Per-token marginal probabilities <c>P(tag_i = j)</c> under the softmax over legal sequences.</summary>
    public static void Marginals(TagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<double> marginals)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        double[] alpha = System.Buffers.ArrayPool<double>.Shared.Rent(n * t);
        double[] beta = System.Buffers.ArrayPool<double>.Shared.Rent(n * t);
        try
        {
            for (int j = 0; j < t; j++)
                alpha[j] = tagSet.IsAllowed(-1, j) ? emissions[j] + transitions[j] : double.NegativeInfinity;
            for (int i = 1; i < n; i++)
            {
                for (int j = 0; j < t; j++)
                {
                    double acc = double.NegativeInfinity;
                    for (int p = 0; p < t; p++)
                        if (tagSet.IsAllowed(p, j)) acc = LogAdd(acc, alpha[(i - 1) * t + p] + transitions[(p + 1) * t + j]);
                    alpha[i * t + j] = acc + emissions[i * t + j];
                }
            }

            for (int j = 0; j < t; j++)
                beta[(n - 1) * t + j] = tagSet.IsAllowedAtEnd(j) ? 0 : double.NegativeInfinity;
            for (int i = n - 2; i >= 0; i--)
            {
                for (int p = 0; p < t; p++)
                {
                    double acc = double.NegativeInfinity;
                    for (int j = 0; j < t; j++)
                        if (tagSet.IsAllowed(p, j)) acc = LogAdd(acc, transitions[(p + 1) * t + j] + emissions[(i + 1) * t + j] + beta[(i + 1) * t + j]);
                    beta[i * t + p] = acc;
                }
            }

            double logZ = double.NegativeInfinity;
            for (int j = 0; j < t; j++) logZ = LogAdd(logZ, alpha[(n - 1) * t + j] + beta[(n - 1) * t + j]);
            for (int i = 0; i < n * t; i++) marginals[i] = Math.Exp(alpha[i] + beta[i] - logZ);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(alpha);
            System.Buffers.ArrayPool<double>.Shared.Return(beta);
        }
    }

    private static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a)) return b;
        if (double.IsNegativeInfinity(b)) return a;
        return a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
    }
}
