using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entities.Tagging;

internal sealed partial class FourLabelMarginals
{
    /// <summary>The recursions over the permuted exponentials, then the marginals of <c>[from, to)</c> in the original tag order.</summary>
    private void Finish(ReadOnlySpan<double> permuted, int n, Span<double> marginals, int from, int to, ReadOnlySpan<int> tags, Span<double> alpha, Span<double> beta)
    {
        ForwardBackward(permuted, alpha, beta, n, from, to);
        ReadOnlySpan<int> position = positionOf;
        for (int i = from; i < to; i++)
        {
            if (!tags.IsEmpty && tags[i] == 0) continue;
            var m = marginals.Slice(i * Tags, Tags);
            var a = alpha.Slice(i * Tags, Tags);
            var b = beta.Slice(i * Tags, Tags);
            double sum = 0;
            for (int j = 0; j < Tags; j++) sum += m[j] = a[position[j]] * b[position[j]];
            SequenceDecoder.Scale(m, sum);
        }
    }

    /// <summary><see cref="SequenceDecoder.Max"/> of a row of 17 values (the same maximum, compared in another order).</summary>
    /// <remarks>
    /// The values are finite and never −0 (sums of products of non-negative numbers), so the processor's own maximum, which
    /// leaves NaN and the sign of zero to the hardware, gives exactly the maximum of <see cref="Math.Max(double, double)"/>
    /// without its fix-ups.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Max(ref double row)
    {
        var max = Vector256.MaxNative(Vector256.MaxNative(Vector256.LoadUnsafe(ref row), Vector256.LoadUnsafe(ref row, Lanes)),
                                      Vector256.MaxNative(Vector256.LoadUnsafe(ref row, 2 * Lanes), Vector256.LoadUnsafe(ref row, 3 * Lanes)));
        var half = Vector128.MaxNative(max.GetLower(), max.GetUpper());
        double pair = half.GetElement(0) > half.GetElement(1) ? half.GetElement(0) : half.GetElement(1);
        double last = Unsafe.Add(ref row, Tags - 1);
        return last > pair ? last : pair;
    }

    /// <summary>
    /// The forward recursion up to <paramref name="to"/> and the backward one down to <paramref name="from"/>, a step of each
    /// per turn of one loop: each recursion is a chain of dependent operations, and the two chains are independent of each
    /// other, so the processor overlaps them (each step is exactly the one the recursions perform separately).
    /// </summary>
    private void ForwardBackward(ReadOnlySpan<double> ex, Span<double> alpha, Span<double> beta, int n, int from, int to)
    {
        for (int q = 0; q < Tags; q++) alpha[q] = start[q] * ex[q];
        end.CopyTo(beta.Slice((n - 1) * Tags, Tags));
        var labels = new InsideTransitions(inside);
        Span<double> nexts = stackalloc double[Tags];
        int forwardSteps = to - 1, backwardSteps = n - 1 - from;
        for (int step = 0; step < Math.Max(forwardSteps, backwardSteps); step++)
        {
            if (step < forwardSteps) ForwardStep(ex, alpha, step + 1, in labels);
            if (step < backwardSteps) BackwardStep(ex, beta, n - 2 - step, in labels, nexts);
        }
    }

    /// <summary>Row <paramref name="i"/> of the forward values from row <c>i − 1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ForwardStep(ReadOnlySpan<double> ex, Span<double> alpha, int i, in InsideTransitions labels)
    {
        ref double table = ref MemoryMarshal.GetArrayDataReference(forward);
        ReadOnlySpan<int> closing = closingAt;
        var beforeRow = alpha.Slice((i - 1) * Tags, Tags);
        ref double before = ref MemoryMarshal.GetReference(beforeRow);
        ref double a = ref MemoryMarshal.GetReference(alpha.Slice(i * Tags, Tags));
        ref double e = ref MemoryMarshal.GetReference(ex.Slice(i * Tags, Tags));
        var scale = Vector256.Create(SequenceDecoder.InverseMagnitude(Max(ref before)));

        // The opening tags: Σ_k before[closing k] · exp(closing k → tag), k ascending.
        Vector256<double> acc0 = Vector256<double>.Zero, acc1 = Vector256<double>.Zero, acc2 = Vector256<double>.Zero;
        for (int k = 0; k < closing.Length; k++)
        {
            var value = Vector256.Create(Unsafe.Add(ref before, closing[k]));
            acc0 += value * Vector256.LoadUnsafe(ref table, (nuint)(k * Wide));
            acc1 += value * Vector256.LoadUnsafe(ref table, (nuint)(k * Wide + Lanes));
            acc2 += value * Vector256.LoadUnsafe(ref table, (nuint)(k * Wide + 2 * Lanes));
        }

        (acc0 * Vector256.LoadUnsafe(ref e) * scale).StoreUnsafe(ref a);
        (acc1 * Vector256.LoadUnsafe(ref e, Lanes) * scale).StoreUnsafe(ref a, Lanes);
        (acc2 * Vector256.LoadUnsafe(ref e, 2 * Lanes) * scale).StoreUnsafe(ref a, 2 * Lanes); // lanes 9–11 rewritten below

        // L- and I- tags: from B- then I- of the same label.
        var begin = Vector256.LoadUnsafe(ref before, OpeningStart);
        var insideValue = Vector256.LoadUnsafe(ref before, InsideStart);
        var last = Vector256<double>.Zero + begin * labels.BeginToLast + insideValue * labels.InsideToLast;
        (last * Vector256.LoadUnsafe(ref e, LastStart) * scale).StoreUnsafe(ref a, LastStart);
        var next = Vector256<double>.Zero + begin * labels.BeginToInside + insideValue * labels.InsideToInside;
        (next * Vector256.LoadUnsafe(ref e, InsideStart) * scale).StoreUnsafe(ref a, InsideStart);
    }

    /// <summary>Row <paramref name="i"/> of the backward values from row <c>i + 1</c> (<paramref name="nexts"/>: scratch of 17 values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BackwardStep(ReadOnlySpan<double> ex, Span<double> beta, int i, in InsideTransitions labels, Span<double> nexts)
    {
        ref double table = ref MemoryMarshal.GetArrayDataReference(backward);
        ReadOnlySpan<int> opening = openingAt;
        ref double next = ref MemoryMarshal.GetReference(nexts);
        var afterRow = beta.Slice((i + 1) * Tags, Tags);
        ref double after = ref MemoryMarshal.GetReference(afterRow);
        ref double b = ref MemoryMarshal.GetReference(beta.Slice(i * Tags, Tags));
        ref double e = ref MemoryMarshal.GetReference(ex.Slice((i + 1) * Tags, Tags));
        double s = SequenceDecoder.InverseMagnitude(Max(ref after));
        var scale = Vector256.Create(s);
        for (int c = 0; c + Lanes <= Tags; c += Lanes)
            (Vector256.LoadUnsafe(ref e, (nuint)c) * Vector256.LoadUnsafe(ref after, (nuint)c) * scale).StoreUnsafe(ref next, (nuint)c);
        nexts[Tags - 1] = Unsafe.Add(ref e, Tags - 1) * Unsafe.Add(ref after, Tags - 1) * s;

        // The closing tags: Σ_m exp(tag → opening m) · next(opening m), m ascending.
        Vector256<double> acc0 = Vector256<double>.Zero, acc1 = Vector256<double>.Zero, acc2 = Vector256<double>.Zero;
        for (int m = 0; m < opening.Length; m++)
        {
            var value = Vector256.Create(Unsafe.Add(ref next, opening[m]));
            acc0 += Vector256.LoadUnsafe(ref table, (nuint)(m * Wide)) * value;
            acc1 += Vector256.LoadUnsafe(ref table, (nuint)(m * Wide + Lanes)) * value;
            acc2 += Vector256.LoadUnsafe(ref table, (nuint)(m * Wide + 2 * Lanes)) * value;
        }

        acc0.StoreUnsafe(ref b, ClosingStart);
        acc1.StoreUnsafe(ref b, ClosingStart + Lanes);
        acc2.StoreUnsafe(ref b, ClosingStart + 2 * Lanes); // lanes 13–15 rewritten below

        // B- and I- tags: from the I- then the L- tag of their label.
        var nextInside = Vector256.LoadUnsafe(ref next, InsideStart);
        var nextLast = Vector256.LoadUnsafe(ref next, LastStart);
        (Vector256<double>.Zero + labels.BeginToInside * nextInside + labels.BeginToLast * nextLast).StoreUnsafe(ref b, OpeningStart);
        (Vector256<double>.Zero + labels.InsideToInside * nextInside + labels.InsideToLast * nextLast).StoreUnsafe(ref b, InsideStart);
    }

    /// <summary>The transitions within a label, one lane per label: B-x→I-x, I-x→I-x, B-x→L-x, I-x→L-x.</summary>
    private readonly struct InsideTransitions(double[] inside)
    {
        public Vector256<double> BeginToInside { get; } = Vector256.Create(inside.AsSpan(0, Lanes));

        public Vector256<double> InsideToInside { get; } = Vector256.Create(inside.AsSpan(Lanes, Lanes));

        public Vector256<double> BeginToLast { get; } = Vector256.Create(inside.AsSpan(2 * Lanes, Lanes));

        public Vector256<double> InsideToLast { get; } = Vector256.Create(inside.AsSpan(3 * Lanes, Lanes));
    }
}
