using System.Buffers;
using System.Runtime.Intrinsics;

namespace Entities.Tagging;

/// <summary>
/// Viterbi and forward-backward for one model's fixed transitions, vectorized over the structure of BILOU tags: the
/// <em>opening</em> tags (<c>O</c>, every <c>B-</c> and <c>U-</c>) all accept the same predecessors (<c>O</c>, every
/// <c>L-</c> and <c>U-</c>: the <em>closing</em> tags), so their recursions run side by side in vector lanes over
/// transposed transition tables; the few other transitions (<c>B-x</c>/<c>I-x</c> → <c>I-x</c>/<c>L-x</c>) stay scalar.
/// </summary>
/// <remarks>
/// Every lane performs exactly the additions, multiplications and comparisons of <see cref="SequenceDecoder"/>, in the same
/// order (a vector operation is the same IEEE operation per lane; nothing is fused), so the results are bit for bit those of
/// <see cref="SequenceDecoder.Viterbi"/> and <see cref="SequenceDecoder.Marginals(TagSet, ReadOnlySpan{float}, ReadOnlySpan{double}, int, Span{double}, int, int)"/>.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class BilouLattice
{
    private readonly TagSet tagSet;
    private readonly float[] transitions;
    private readonly double[] expTransitions;
    private readonly int[] opening;  // ascending
    private readonly int[] closing;  // ascending: the shared predecessors of the opening tags
    private readonly int lanes;      // opening.Length rounded up to whole float and double vectors
    private readonly float[] toOpening;        // [k * lanes + l] = transitions[(closing[k] + 1) * t + opening[l]]
    private readonly double[] expToOpening;    // [k * lanes + l] = expTransitions[(closing[k] + 1) * t + opening[l]]
    private readonly double[] expFromClosing;  // [l * lanes + k] = expTransitions[(closing[k] + 1) * t + opening[l]]

    /// <summary>Prepares the tables for a model's transitions.</summary>
    /// <param name="tagSet">The tags.</param>
    /// <param name="transitions">The transitions (<see cref="SequenceDecoder"/> layout).</param>
    /// <param name="expTransitions">The exponentiated transitions of the marginals (<see cref="SequenceDecoder.ExpTransitions"/>).</param>
    public BilouLattice(TagSet tagSet, float[] transitions, double[] expTransitions)
    {
        this.tagSet = tagSet;
        this.transitions = transitions;
        this.expTransitions = expTransitions;
        int t = tagSet.Count;
        var open = new List<int>();
        for (int j = 0; j < t; j++) if (j == 0 || TagSet.KindOf(j) is TagSet.Begin or TagSet.Unit) open.Add(j);
        opening = [.. open];
        var close = new List<int>();
        for (int p = 0; p < t; p++) if (p == 0 || TagSet.KindOf(p) is TagSet.Last or TagSet.Unit) close.Add(p);
        closing = [.. close];
        foreach (int j in opening)
        {
            if (!PreviousOf(j).SequenceEqual(closing)) throw new InvalidOperationException("The tag set is not BILOU.");
        }

        lanes = (Math.Max(opening.Length, closing.Length) + 7) / 8 * 8;
        toOpening = new float[closing.Length * lanes];
        expToOpening = new double[closing.Length * lanes];
        expFromClosing = new double[opening.Length * lanes];
        for (int k = 0; k < closing.Length; k++)
        {
            for (int l = 0; l < opening.Length; l++)
            {
                int at = (closing[k] + 1) * t + opening[l];
                toOpening[k * lanes + l] = transitions[at];
                expToOpening[k * lanes + l] = expTransitions[at];
                expFromClosing[l * lanes + k] = expTransitions[at];
            }
        }
    }

    /// <summary>Writes the best legal tag sequence into <paramref name="output"/> (same result as <see cref="SequenceDecoder.Viterbi"/>).</summary>
    public void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> output)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        if (!Vector256.IsHardwareAccelerated)
        {
            SequenceDecoder.Viterbi(tagSet, emissions, transitions, n, output);
            return;
        }

        int[] backArray = ArrayPool<int>.Shared.Rent(n * t);
        try
        {
            var back = backArray.AsSpan(0, n * t);
            Span<float> prevScore = stackalloc float[t], score = stackalloc float[t];
            Span<float> best = stackalloc float[lanes];
            Span<int> arg = stackalloc int[lanes];
            var previous = tagSet.Previous;
            var offsets = tagSet.PreviousOffsets;
            var trans = transitions.AsSpan();
            for (int j = 0; j < t; j++)
                prevScore[j] = tagSet.IsAllowed(-1, j) ? emissions[j] + trans[j] : float.NegativeInfinity;
            for (int i = 1; i < n; i++)
            {
                var e = emissions.Slice(i * t, t);
                for (int c = 0; c < opening.Length; c += 8)
                {
                    var bestVector = Vector256.Create(float.NegativeInfinity);
                    var argVector = Vector256<int>.Zero;
                    for (int k = 0; k < closing.Length; k++)
                    {
                        int p = closing[k];
                        var s = Vector256.Create(prevScore[p]) + Vector256.Create(toOpening.AsSpan(k * lanes + c, 8));
                        var greater = Vector256.GreaterThan(s, bestVector);
                        bestVector = Vector256.ConditionalSelect(greater, s, bestVector);
                        argVector = Vector256.ConditionalSelect(greater.AsInt32(), Vector256.Create(p), argVector);
                    }

                    bestVector.CopyTo(best[c..]);
                    argVector.CopyTo(arg[c..]);
                }

                for (int l = 0; l < opening.Length; l++)
                {
                    int j = opening[l];
                    score[j] = best[l] + e[j];
                    back[i * t + j] = arg[l];
                }

                for (int j = 1; j < t; j++)
                {
                    if (TagSet.KindOf(j) is not (TagSet.Inside or TagSet.Last)) continue;
                    float bestScore = float.NegativeInfinity;
                    int bestArg = 0;
                    for (int k = offsets[j]; k < offsets[j + 1]; k++)
                    {
                        int p = previous[k];
                        float s = prevScore[p] + trans[(p + 1) * t + j];
                        if (s > bestScore) { bestScore = s; bestArg = p; }
                    }

                    score[j] = bestScore + e[j];
                    back[i * t + j] = bestArg;
                }

                var swap = prevScore;
                prevScore = score;
                score = swap;
            }

            float bestEnd = float.NegativeInfinity;
            int last = 0;
            for (int j = 0; j < t; j++)
            {
                if (!tagSet.IsAllowedAtEnd(j)) continue;
                if (prevScore[j] > bestEnd) { bestEnd = prevScore[j]; last = j; }
            }

            output[n - 1] = last;
            for (int i = n - 1; i > 0; i--) output[i - 1] = back[i * t + output[i]];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(backArray);
        }
    }

    /// <summary>
    /// Per-token marginals of positions <c>[from, to)</c>, as
    /// <see cref="SequenceDecoder.Marginals(TagSet, ReadOnlySpan{float}, ReadOnlySpan{double}, int, Span{double}, int, int)"/>
    /// with this lattice's exponentiated transitions.
    /// </summary>
    public void Marginals(ReadOnlySpan<float> emissions, int n, Span<double> marginals, int from = 0, int to = -1)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        if (to < 0 || to > n) to = n;
        from = Math.Clamp(from, 0, to);
        double[] work = ArrayPool<double>.Shared.Rent(2 * n * t);
        try
        {
            var ex = work.AsSpan(0, n * t);
            SequenceDecoder.ShiftedExp(emissions, n, t, ex);
            Marginals(ex, n, marginals, from, to, work.AsSpan(n * t, n * t));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work);
        }
    }

    /// <summary>The recursions of <see cref="Marginals(ReadOnlySpan{float}, int, Span{double}, int, int)"/> from <see cref="SequenceDecoder.ShiftedExp"/>'s values; <paramref name="beta"/> is scratch (<c>n × t</c>).</summary>
    internal void Marginals(ReadOnlySpan<double> ex, int n, Span<double> marginals, int from, int to, Span<double> beta)
    {
        int t = tagSet.Count;
        if (!Vector256.IsHardwareAccelerated)
        {
            SequenceDecoder.Marginals(tagSet, ex, expTransitions, n, marginals, from, to, beta);
            return;
        }

        var previous = tagSet.Previous;
        var offsets = tagSet.PreviousOffsets;
        var exp = expTransitions.AsSpan();
        var alpha = marginals[..(n * t)];
        Span<double> lane = stackalloc double[lanes];
        Span<double> nexts = stackalloc double[opening.Length];
        double sum = 0;
        for (int j = 0; j < t; j++) sum += alpha[j] = exp[j] * ex[j];
        SequenceDecoder.Scale(alpha[..t], sum);
        for (int i = 1; i < to; i++)
        {
            var a = alpha.Slice(i * t, t);
            var before = alpha.Slice((i - 1) * t, t);
            var exi = ex.Slice(i * t, t);

            // Opening tags, side by side: acc[l] = Σ_k before[closing[k]] · exp(closing[k] → opening[l]), k ascending.
            for (int c = 0; c < opening.Length; c += 4)
            {
                var acc = Vector256<double>.Zero;
                for (int k = 0; k < closing.Length; k++)
                    acc += Vector256.Create(before[closing[k]]) * Vector256.Create(expToOpening.AsSpan(k * lanes + c, 4));
                acc.CopyTo(lane[c..]);
            }

            for (int l = 0; l < opening.Length; l++)
            {
                int j = opening[l];
                a[j] = lane[l] * exi[j];
            }

            for (int j = 1; j < t; j++)
            {
                if (TagSet.KindOf(j) is not (TagSet.Inside or TagSet.Last)) continue;
                double acc = 0;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    acc += before[p] * exp[(p + 1) * t + j];
                }

                a[j] = acc * exi[j];
            }

            sum = 0;
            for (int j = 0; j < t; j++) sum += a[j];
            SequenceDecoder.Scale(a, sum);
        }

        var lastBeta = beta.Slice((n - 1) * t, t);
        for (int j = 0; j < t; j++) lastBeta[j] = tagSet.IsAllowedAtEnd(j) ? 1 : 0;
        for (int i = n - 2; i >= from; i--)
        {
            var b = beta.Slice(i * t, t);
            var after = beta.Slice((i + 1) * t, t);
            var exNext = ex.Slice((i + 1) * t, t);

            // Closing tags, side by side: b[closing[k]] = Σ_l exp(closing[k] → opening[l]) · next(opening[l]), l ascending
            // (a zero next is skipped, as in the scalar recursion).
            for (int l = 0; l < opening.Length; l++) nexts[l] = exNext[opening[l]] * after[opening[l]];
            for (int c = 0; c < closing.Length; c += 4)
            {
                var acc = Vector256<double>.Zero;
                for (int l = 0; l < opening.Length; l++)
                {
                    double next = nexts[l];
                    if (next == 0) continue;
                    acc += Vector256.Create(expFromClosing.AsSpan(l * lanes + c, 4)) * Vector256.Create(next);
                }

                acc.CopyTo(lane[c..]);
            }

            b.Clear();
            for (int k = 0; k < closing.Length; k++) b[closing[k]] = lane[k];
            for (int j = 1; j < t; j++)
            {
                if (TagSet.KindOf(j) is not (TagSet.Inside or TagSet.Last)) continue;
                double next = exNext[j] * after[j];
                if (next == 0) continue;
                for (int k = offsets[j]; k < offsets[j + 1]; k++)
                {
                    int p = previous[k];
                    b[p] += exp[(p + 1) * t + j] * next;
                }
            }

            sum = 0;
            foreach (double v in b) sum += v;
            SequenceDecoder.Scale(b, sum);
        }

        for (int i = from; i < to; i++)
        {
            var m = marginals.Slice(i * t, t);
            var b = beta.Slice(i * t, t);
            sum = 0;
            for (int j = 0; j < t; j++) sum += m[j] *= b[j];
            SequenceDecoder.Scale(m, sum);
        }
    }

    private IEnumerable<int> PreviousOf(int j)
    {
        for (int k = tagSet.PreviousOffsets[j]; k < tagSet.PreviousOffsets[j + 1]; k++) yield return tagSet.Previous[k];
    }
}
