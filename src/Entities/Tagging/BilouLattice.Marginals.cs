using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entities.Tagging;

public sealed partial class BilouLattice
{
    /// <summary>The recursions of <see cref="Marginals(ReadOnlySpan{float}, int, Span{double}, int, int, ReadOnlySpan{int}, Span{double})"/> from <see cref="SequenceDecoder.ShiftedExp"/>'s values; <paramref name="beta"/> is scratch (<c>n × t</c>).</summary>
    internal void Marginals(ReadOnlySpan<double> ex, int n, Span<double> marginals, int from, int to, Span<double> beta, ReadOnlySpan<int> tags = default)
    {
        int t = tagSet.Count;
        if (!Vector256.IsHardwareAccelerated)
        {
            SequenceDecoder.Marginals(tagSet, ex, expTransitions, n, marginals, from, to, beta);
            return;
        }

        if (fourLabels is not null)
        {
            fourLabels.Compute(ex, n, marginals, from, to, tags);
            return;
        }

        ReadOnlySpan<int> open = opening, close = closing, ins = inside, fromB = fromBegin, fromI = fromInside;
        ReadOnlySpan<double> exp = expTransitions, bTo = expBeginTo, iTo = expInsideTo;
        ref double forwardTable = ref MemoryMarshal.GetArrayDataReference(expForward);
        ref double backwardTable = ref MemoryMarshal.GetArrayDataReference(expBackward);
        int wide = wideLanes;
        var alpha = marginals[..(n * t)];
        Span<double> lane = stackalloc double[wide];
        Span<double> nexts = stackalloc double[open.Length];
        for (int j = 0; j < t; j++) alpha[j] = exp[j] * ex[j];
        for (int i = 1; i < to; i++)
        {
            var a = alpha.Slice(i * t, t);
            var before = alpha.Slice((i - 1) * t, t);
            var exi = ex.Slice(i * t, t);
            double s = SequenceDecoder.InverseMagnitude(SequenceDecoder.Max(before));

            // O and the B- and U- tags side by side (O in lane 0): Σ_k before[closing[k]] · exp(closing[k] → tag), k ascending.
            for (int c = 0; c < wide; c += DoubleLanes)
            {
                var acc = Vector256<double>.Zero;
                for (int k = 0; k < close.Length; k++)
                    acc += Vector256.Create(before[close[k]]) * Vector256.LoadUnsafe(ref forwardTable, (nuint)(k * wide + c));
                acc.CopyTo(lane[c..]);
            }

            for (int l = 0; l < open.Length; l++)
            {
                int j = open[l];
                a[j] = lane[l] * exi[j] * s;
            }

            // I- and L- tags: from B- then I- of the same label.
            for (int x = 0; x < ins.Length; x++)
            {
                double acc = 0;
                acc += before[fromB[x]] * bTo[x];
                acc += before[fromI[x]] * iTo[x];
                a[ins[x]] = acc * exi[ins[x]] * s;
            }
        }

        var lastBeta = beta.Slice((n - 1) * t, t);
        for (int j = 0; j < t; j++) lastBeta[j] = tagSet.IsAllowedAtEnd(j) ? 1 : 0;
        for (int i = n - 2; i >= from; i--)
        {
            var b = beta.Slice(i * t, t);
            var after = beta.Slice((i + 1) * t, t);
            var exNext = ex.Slice((i + 1) * t, t);
            double s = SequenceDecoder.InverseMagnitude(SequenceDecoder.Max(after));

            // Closing tags (O in lane 0, then the L- and U- tags side by side): b[p] = Σ_m exp(p → opening[m]) · next(opening[m]),
            // m ascending, a zero next skipped (as in the scalar recursion).
            for (int m = 0; m < open.Length; m++) nexts[m] = exNext[open[m]] * after[open[m]] * s;
            for (int c = 0; c < wide; c += DoubleLanes)
            {
                var acc = Vector256<double>.Zero;
                for (int m = 0; m < open.Length; m++)
                {
                    double next = nexts[m];
                    if (next == 0) continue;
                    acc += Vector256.LoadUnsafe(ref backwardTable, (nuint)(m * wide + c)) * Vector256.Create(next);
                }

                acc.CopyTo(lane[c..]);
            }

            b.Clear();
            for (int k = 0; k < close.Length; k++) b[close[k]] = lane[k];

            // B- and I- tags: from the I- then L- tag of their label, ascending.
            for (int x = 0; x < ins.Length; x++)
            {
                int j = ins[x];
                double next = exNext[j] * after[j] * s;
                if (next == 0) continue;
                b[fromB[x]] += bTo[x] * next;
                b[fromI[x]] += iTo[x] * next;
            }
        }

        for (int i = from; i < to; i++)
        {
            if (!tags.IsEmpty && tags[i] == 0) continue;
            var m = marginals.Slice(i * t, t);
            var b = beta.Slice(i * t, t);
            double sum = 0;
            for (int j = 0; j < t; j++) sum += m[j] *= b[j];
            SequenceDecoder.Scale(m, sum);
        }
    }

    private IEnumerable<int> PreviousOf(int j)
    {
        for (int k = tagSet.PreviousOffsets[j]; k < tagSet.PreviousOffsets[j + 1]; k++) yield return tagSet.Previous[k];
    }
}
