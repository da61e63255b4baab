using System.Buffers;
using System.Runtime.Intrinsics;

namespace Entities.Tagging;

/// <summary>
/// First-order decoding over emission and transition scores restricted to the legal BILOU transitions of a
/// <see cref="TagSet"/>: Viterbi for the best sequence, forward-backward for per-token tag marginals.
/// Transitions are laid out as <c>(tagCount + 1) x tagCount</c>, row 0 for the sentence start. Only legal
/// transitions are visited (97 of 289 for four labels).
/// </summary>
public static class SequenceDecoder
{
    /// <summary>Writes the best legal tag sequence into <paramref name="output"/>.</summary>
    public static void Viterbi(TagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        float[] scoreArray = ArrayPool<float>.Shared.Rent(2 * t);
        int[] backArray = ArrayPool<int>.Shared.Rent(n * t);
        try
        {
            var previous = tagSet.Previous;
            var offsets = tagSet.PreviousOffsets;
            var back = backArray.AsSpan(0, n * t);
            Span<float> prevScore = scoreArray.AsSpan(0, t), score = scoreArray.AsSpan(t, t);
            for (int j = 0; j < t; j++)
                prevScore[j] = tagSet.IsAllowed(-1, j) ? emissions[j] + transitions[j] : float.NegativeInfinity;
            for (int i = 1; i < n; i++)
            {
                var e = emissions.Slice(i * t, t);
                for (int j = 0; j < t; j++)
                {
                    float best = float.NegativeInfinity;
                    int arg = 0;
                    for (int k = offsets[j]; k < offsets[j + 1]; k++)
                    {
                        int p = previous[k];
                        float s = prevScore[p] + transitions[(p + 1) * t + j];
                        if (s > best) { best = s; arg = p; }
                    }

                    score[j] = best + e[j];
                    back[i * t + j] = arg;
                }

                var swap = prevScore;
                prevScore = score;
                score = swap;
            }

            SequenceDecoder.Backtrack(tagSet, prevScore, back, n, output);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scoreArray);
            ArrayPool<int>.Shared.Return(backArray);
        }
    }

    /// <summary>
    /// The end of a Viterbi pass: picks the best tag allowed at the end from the last position's scores, then follows the
    /// back-pointers (<c>back[i * tagCount + tag]</c> = best previous tag) to fill <paramref name="output"/>.
    /// </summary>
    internal static void Backtrack(TagSet tagSet, ReadOnlySpan<float> lastScores, ReadOnlySpan<int> back, int n, Span<int> output)
    {
        int t = tagSet.Count;
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int j = 0; j < t; j++)
        {
            if (!tagSet.IsAllowedAtEnd(j)) continue;
            if (lastScores[j] > bestEnd) { bestEnd = lastScores[j]; last = j; }
        }

        output[n - 1] = last;
        for (int i = n - 1; i > 0; i--) output[i - 1] = back[i * t + output[i]];
    }

    /// <summary><c>exp(scale · transition)</c> of the legal transitions (0 where illegal), for <see cref="Marginals(TagSet, ReadOnlySpan{float}, ReadOnlySpan{double}, int, Span{double}, int, int)"/>.</summary>
    public static double[] ExpTransitions(TagSet tagSet, ReadOnlySpan<float> transitions, double scale = 1)
    {
        int t = tagSet.Count;
        var result = new double[(t + 1) * t];
        for (int p = -1; p < t; p++)
            for (int j = 0; j < t; j++)
                if (tagSet.IsAllowed(p, j)) result[(p + 1) * t + j] = Math.Exp(scale * transitions[(p + 1) * t + j]);
        return result;
    }

    /// <summary>Per-token marginal probabilities <c>P(tag_i = j)</c> under the softmax over legal sequences.</summary>
    public static void Marginals(TagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<double> marginals) =>
        Marginals(tagSet, emissions, ExpTransitions(tagSet, transitions), n, marginals);

    /// <summary>
    /// Per-token marginals from exponentiated transitions: scaled forward-backward in linear space (emissions are shifted by
    /// their per-token maximum before <c>exp</c>; each step of the forward and backward recursions is multiplied by the power
    /// of two that brings the largest value of the step before it near 1 — an exact scaling, cheaper than a renormalization
    /// by the sum and off the recursion's critical path — and only the marginals are normalized by their sum), which gives
    /// the same probabilities as the log-space recursion without a logarithm per transition.
    /// </summary>
    /// <remarks>
    /// Only positions <c>[from, to)</c> (default: all) receive marginals; the others are left undefined. The forward pass stops
    /// at <paramref name="to"/> and the backward pass at <paramref name="from"/>, so the values inside the range are exactly
    /// those of the full computation.
    /// </remarks>
    public static void Marginals(TagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<double> expTransitions, int n, Span<double> marginals, int from = 0, int to = -1)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        if (to < 0 || to > n) to = n;
        from = Math.Clamp(from, 0, to);
        double[] work = ArrayPool<double>.Shared.Rent(2 * n * t);
        try
        {
            var ex = work.AsSpan(0, n * t);
            ShiftedExp(emissions, n, t, ex);
            Marginals(tagSet, ex, expTransitions, n, marginals, from, to, work.AsSpan(n * t, n * t));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work);
        }
    }

    /// <summary><c>exp(emission − max of its token)</c> of every emission, the input of the marginals' recursions.</summary>
    internal static void ShiftedExp(ReadOnlySpan<float> emissions, int n, int t, Span<double> ex)
    {
        Shifted(emissions, n, t, ex);
        Exp(ex[..(n * t)]);
    }

    /// <summary><c>emission − max of its token</c> of every emission (in double precision): <see cref="ShiftedExp"/> before the exponentials.</summary>
    internal static void Shifted(ReadOnlySpan<float> emissions, int n, int t, Span<double> ex)
    {
        for (int i = 0; i < n; i++)
        {
            var e = emissions.Slice(i * t, t);
            var x = ex.Slice(i * t, t);
            int j = 0;
            if (Vector256.IsHardwareAccelerated && t >= Vector256<float>.Count)
            {
                // The maximum of finite scores does not depend on the order of comparisons (a +0/−0 tie gives the same
                // differences once exponentiated); each difference is the scalar one, lane by lane.
                var maxVector = Vector256.Create(e);
                for (j = Vector256<float>.Count; j + Vector256<float>.Count <= t; j += Vector256<float>.Count) maxVector = Vector256.Max(maxVector, Vector256.Create(e[j..]));
                float max = maxVector[0];
                for (int l = 1; l < Vector256<float>.Count; l++) max = Math.Max(max, maxVector[l]);
                for (int k = j; k < t; k++) max = Math.Max(max, e[k]);
                var shift = Vector256.Create((double)max);
                for (j = 0; j + Vector256<float>.Count <= t; j += Vector256<float>.Count)
                {
                    var (low, high) = Vector256.Widen(Vector256.Create(e[j..]));
                    (low - shift).CopyTo(x[j..]);
                    (high - shift).CopyTo(x[(j + Vector256<double>.Count)..]);
                }

                for (; j < t; j++) x[j] = (double)e[j] - max;
            }
            else
            {
                float max = float.NegativeInfinity;
                foreach (float v in e) if (v > max) max = v;
                for (; j < t; j++) x[j] = (double)e[j] - max;
            }
        }
    }

    /// <summary>The forward-backward recursions of <see cref="Marginals(TagSet, ReadOnlySpan{float}, ReadOnlySpan{double}, int, Span{double}, int, int)"/> from <see cref="ShiftedExp"/>'s values; <paramref name="beta"/> is scratch (<c>n × t</c>).</summary>
    internal static void Marginals(TagSet tagSet, ReadOnlySpan<double> ex, ReadOnlySpan<double> expTransitions, int n, Span<double> marginals, int from, int to, Span<double> beta)
    {
        int t = tagSet.Count;
        var previous = tagSet.Previous;
        var offsets = tagSet.PreviousOffsets;
        var alpha = marginals[..(n * t)];
        for (int j = 0; j < t; j++) alpha[j] = expTransitions[j] * ex[j];
        for (int i = 1; i < to; i++)
        {
            var a = alpha.Slice(i * t, t);
            var before = alpha.Slice((i - 1) * t, t);
            double s = InverseMagnitude(Max(before));
            for (int j = 0; j < t; j++)
            {
                double acc = 0;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    acc += before[p] * expTransitions[(p + 1) * t + j];
                }

                a[j] = acc * ex[i * t + j] * s;
            }
        }

        var lastBeta = beta.Slice((n - 1) * t, t);
        for (int j = 0; j < t; j++) lastBeta[j] = tagSet.IsAllowedAtEnd(j) ? 1 : 0;
        for (int i = n - 2; i >= from; i--)
        {
            var b = beta.Slice(i * t, t);
            var after = beta.Slice((i + 1) * t, t);
            double s = InverseMagnitude(Max(after));
            b.Clear();
            for (int j = 0; j < t; j++)
            {
                double next = ex[(i + 1) * t + j] * after[j] * s;
                if (next == 0) continue;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    b[p] += expTransitions[(p + 1) * t + j] * next;
                }
            }
        }

        for (int i = from; i < to; i++)
        {
            var m = marginals.Slice(i * t, t);
            var b = beta.Slice(i * t, t);
            double sum = 0;
            for (int j = 0; j < t; j++) sum += m[j] *= b[j];
            Scale(m, sum);
        }
    }

    /// <summary>Replaces each value by its exponential.</summary>
    internal static void Exp(Span<double> values)
    {
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Eight at a time where 512-bit vectors are native (the same operations per lane as four at a time), then four;
            // either way the last Length mod 4 values go to Math.Exp.
            if (Vector512.IsHardwareAccelerated)
            {
                for (; j + Vector512<double>.Count <= values.Length; j += Vector512<double>.Count)
                    Vector512.Exp(Vector512.Create(values[j..])).CopyTo(values[j..]);
            }

            for (; j + Vector256<double>.Count <= values.Length; j += Vector256<double>.Count)
                Vector256.Exp(Vector256.Create(values[j..])).CopyTo(values[j..]);
        }

        for (; j < values.Length; j++) values[j] = Math.Exp(values[j]);
    }

    /// <summary>The largest of non-negative values (0 when empty); the same result whatever the order of comparisons.</summary>
    internal static double Max(ReadOnlySpan<double> values)
    {
        int j = 0;
        double max = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            var m = Vector256.Create(values);
            for (j = Vector256<double>.Count; j + Vector256<double>.Count <= values.Length; j += Vector256<double>.Count) m = Vector256.Max(m, Vector256.Create(values[j..]));
            max = Math.Max(Math.Max(m[0], m[1]), Math.Max(m[2], m[3]));
        }

        for (; j < values.Length; j++) max = Math.Max(max, values[j]);
        return max;
    }

    /// <summary>
    /// <c>2^−e</c> where <c>2^e ≤ max &lt; 2^(e+1)</c>: the exact scaling that brings <paramref name="max"/> into [1, 2)
    /// (1 when <paramref name="max"/> is not a positive finite number).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double InverseMagnitude(double max)
    {
        const long ExponentMask = 0x7FF0000000000000L;
        long exponent = BitConverter.DoubleToInt64Bits(max) & ExponentMask;
        if (!(max > 0) || exponent == ExponentMask) return 1;
        return BitConverter.Int64BitsToDouble(0x7FE0000000000000L - exponent);
    }

    /// <summary>Divides each value by <paramref name="sum"/> (as a multiplication by its inverse) unless the sum is not positive.</summary>
    internal static void Scale(Span<double> values, double sum)
    {
        if (sum <= 0 || double.IsNaN(sum)) return;
        double inverse = 1 / sum;
        for (int j = 0; j < values.Length; j++) values[j] *= inverse;
    }
}
