using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entities.Tagging;

/// <summary>
/// Viterbi and forward-backward for one model's fixed transitions, vectorized over the structure of BILOU tags: the
/// <em>opening</em> tags (<c>O</c>, every <c>B-</c> and <c>U-</c>) all accept the same predecessors, the <em>closing</em>
/// tags (<c>O</c>, every <c>L-</c> and <c>U-</c>), so the recursions of <c>O</c> and the <c>B-</c>/<c>U-</c> tags run side by
/// side in vector lanes over transposed transition tables (and, backwards, those of <c>O</c> and the <c>L-</c>/<c>U-</c> tags);
/// the <c>I-x</c>/<c>L-x</c> tags, each with two predecessors (<c>B-x</c> then <c>I-x</c>), run side by side in Viterbi and
/// one by one in the marginals — except for four labels (the French model), which run in <see cref="FourLabelViterbi"/> and
/// <see cref="FourLabelMarginals"/> over a permuted tag layout where every group is a whole vector.
/// </summary>
/// <remarks>
/// Every lane performs exactly the additions, multiplications and comparisons of <see cref="SequenceDecoder"/>, in the same
/// order (a vector operation is the same IEEE operation per lane; nothing is fused), so the results are bit for bit those of
/// <see cref="SequenceDecoder.Viterbi"/> and <see cref="SequenceDecoder.Marginals(TagSet, ReadOnlySpan{float}, ReadOnlySpan{double}, int, Span{double}, int, int)"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed partial class BilouLattice
{
    private const int FloatLanes = 8, DoubleLanes = 4;

    private readonly TagSet tagSet;
    private readonly float[] transitions;
    private readonly double[] expTransitions;
    private readonly int[] closing;   // ascending, closing[0] = O: the shared predecessors of the opening tags
    private readonly int[] opening;   // ascending, opening[0] = O

    // Viterbi with O in lane 0: [k * wideFloatLanes + m] = value of closing[k] → opening[m]; wideFloatLanes = opening.Length
    // rounded up to whole vectors.
    private readonly int wideFloatLanes;
    private readonly float[] toWide;

    // Viterbi's I- and L- tags side by side (inside rounded up to whole vectors; the extra lanes read tag 0 through -∞).
    private readonly int insideLanes;
    private readonly int[] fromBeginLanes, fromInsideLanes;
    private readonly float[] beginToLanes, insideToLanes;

    // The marginals' recursions with O in lane 0: [k * wideLanes + m] = exp value of closing[k] → opening[m] (forward, lanes m),
    // [m * wideLanes + k] = the same value (backward, lanes k); wideLanes = opening.Length rounded up to whole vectors.
    private readonly int wideLanes;
    private readonly double[] expForward, expBackward;

    // The marginals' recursions of four labels over a permuted layout (null for other tag sets).
    private readonly FourLabelMarginals? fourLabels;
    private readonly FourLabelViterbi? fourLabelViterbi;


    // The other tags (I-x, L-x), ascending, with their two predecessors B-x < I-x and the transitions from them.
    private readonly int[] inside;
    private readonly int[] fromBegin, fromInside;
    private readonly float[] beginTo, insideTo;
    private readonly double[] expBeginTo, expInsideTo;

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
        opening = Enumerable.Range(0, t).Where(j => j == 0 || TagSet.KindOf(j) is TagSet.Begin or TagSet.Unit).ToArray();
        closing = Enumerable.Range(0, t).Where(p => p == 0 || TagSet.KindOf(p) is TagSet.Last or TagSet.Unit).ToArray();
        inside = Enumerable.Range(1, t - 1).Where(j => TagSet.KindOf(j) is TagSet.Inside or TagSet.Last).ToArray();
        foreach (int j in opening)
        {
            if (!PreviousOf(j).SequenceEqual(closing)) throw new InvalidOperationException("The tag set is not BILOU.");
        }

        fromBegin = new int[inside.Length];
        fromInside = new int[inside.Length];
        for (int i = 0; i < inside.Length; i++)
        {
            var previous = PreviousOf(inside[i]).ToArray();
            if (previous.Length != 2 || previous[0] >= previous[1]) throw new InvalidOperationException("The tag set is not BILOU.");
            (fromBegin[i], fromInside[i]) = (previous[0], previous[1]);
        }

        if (opening.Length != closing.Length) throw new InvalidOperationException("The tag set is not BILOU.");
        wideFloatLanes = (opening.Length + FloatLanes - 1) / FloatLanes * FloatLanes;
        toWide = new float[closing.Length * wideFloatLanes];
        for (int k = 0; k < closing.Length; k++)
            for (int m = 0; m < opening.Length; m++) toWide[k * wideFloatLanes + m] = transitions[(closing[k] + 1) * t + opening[m]];

        wideLanes = (opening.Length + DoubleLanes - 1) / DoubleLanes * DoubleLanes;
        expForward = new double[closing.Length * wideLanes];
        expBackward = new double[opening.Length * wideLanes];
        for (int k = 0; k < closing.Length; k++)
        {
            for (int m = 0; m < opening.Length; m++)
            {
                double value = expTransitions[(closing[k] + 1) * t + opening[m]];
                expForward[k * wideLanes + m] = value;
                expBackward[m * wideLanes + k] = value;
            }
        }

        beginTo = new float[inside.Length];
        insideTo = new float[inside.Length];
        expBeginTo = new double[inside.Length];
        expInsideTo = new double[inside.Length];
        for (int i = 0; i < inside.Length; i++)
        {
            int j = inside[i];
            (beginTo[i], expBeginTo[i]) = (transitions[(fromBegin[i] + 1) * t + j], expTransitions[(fromBegin[i] + 1) * t + j]);
            (insideTo[i], expInsideTo[i]) = (transitions[(fromInside[i] + 1) * t + j], expTransitions[(fromInside[i] + 1) * t + j]);
        }

        insideLanes = Math.Max(FloatLanes, (inside.Length + FloatLanes - 1) / FloatLanes * FloatLanes);
        fromBeginLanes = new int[insideLanes];
        fromInsideLanes = new int[insideLanes];
        beginToLanes = new float[insideLanes];
        insideToLanes = new float[insideLanes];
        Array.Fill(beginToLanes, float.NegativeInfinity);
        Array.Fill(insideToLanes, float.NegativeInfinity);
        fromBegin.CopyTo(fromBeginLanes, 0);
        fromInside.CopyTo(fromInsideLanes, 0);
        beginTo.CopyTo(beginToLanes, 0);
        insideTo.CopyTo(insideToLanes, 0);
        fourLabels = FourLabelMarginals.TryCreate(tagSet, expTransitions);
        fourLabelViterbi = FourLabelViterbi.TryCreate(tagSet, transitions);
    }

    /// <summary>Length of <see cref="Viterbi"/>'s scratch for <paramref name="n"/> positions of <paramref name="t"/> tags.</summary>
    public static int ViterbiScratchLength(int n, int t) => Math.Max(n * t, FourLabelViterbi.ScratchLength(n));

    /// <summary>Length of <see cref="Marginals(ReadOnlySpan{float}, int, Span{double}, int, int, ReadOnlySpan{int}, Span{double})"/>'s scratch for <paramref name="n"/> positions of <paramref name="t"/> tags.</summary>
    public static int MarginalsScratchLength(int n, int t) => n * t + Math.Max(n * t, FourLabelMarginals.ScratchLength(n));

    /// <summary>Writes the best legal tag sequence into <paramref name="output"/> (same result as <see cref="SequenceDecoder.Viterbi"/>).</summary>
    /// <param name="emissions">The scores, <c>n × tags</c>.</param>
    /// <param name="n">The number of positions.</param>
    /// <param name="output">The tags.</param>
    /// <param name="scratch">Room for the back-pointers (<see cref="ViterbiScratchLength"/>); rented when shorter.</param>
    public void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> output, Span<int> scratch = default)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        if (!Vector256.IsHardwareAccelerated)
        {
            SequenceDecoder.Viterbi(tagSet, emissions, transitions, n, output);
            return;
        }

        if (fourLabelViterbi is not null)
        {
            fourLabelViterbi.Decode(emissions, n, output, scratch);
            return;
        }

        int[]? backArray = scratch.Length < n * t ? ArrayPool<int>.Shared.Rent(n * t) : null;
        try
        {
            var back = (backArray is null ? scratch : backArray.AsSpan())[..(n * t)];
            Span<float> prevScore = stackalloc float[t], score = stackalloc float[t];
            int wide = wideFloatLanes, insideWide = insideLanes;
            Span<float> best = stackalloc float[Math.Max(wide, insideWide)];
            Span<int> arg = stackalloc int[Math.Max(wide, insideWide)];
            Span<float> fromBScores = stackalloc float[insideWide], fromIScores = stackalloc float[insideWide];
            ReadOnlySpan<int> open = opening, close = closing, ins = inside, fromB = fromBeginLanes, fromI = fromInsideLanes;
            ReadOnlySpan<float> trans = transitions;
            ref float table = ref MemoryMarshal.GetArrayDataReference(toWide);
            ref float bTo = ref MemoryMarshal.GetArrayDataReference(beginToLanes);
            ref float iTo = ref MemoryMarshal.GetArrayDataReference(insideToLanes);
            for (int j = 0; j < t; j++)
                prevScore[j] = tagSet.IsAllowed(-1, j) ? emissions[j] + trans[j] : float.NegativeInfinity;
            for (int i = 1; i < n; i++)
            {
                var e = emissions.Slice(i * t, t);
                var backRow = back.Slice(i * t, t);

                // O and the B- and U- tags side by side (O in lane 0), the closing tags in order: the first best wins.
                for (int c = 0; c < wide; c += FloatLanes)
                {
                    var bestVector = Vector256.Create(float.NegativeInfinity);
                    var argVector = Vector256<int>.Zero;
                    for (int k = 0; k < close.Length; k++)
                    {
                        int p = close[k];
                        var s = Vector256.Create(prevScore[p]) + Vector256.LoadUnsafe(ref table, (nuint)(k * wide + c));
                        var greater = Vector256.GreaterThan(s, bestVector);
                        bestVector = Vector256.ConditionalSelect(greater, s, bestVector);
                        argVector = Vector256.ConditionalSelect(greater.AsInt32(), Vector256.Create(p), argVector);
                    }

                    bestVector.CopyTo(best[c..]);
                    argVector.CopyTo(arg[c..]);
                }

                for (int l = 0; l < open.Length; l++)
                {
                    int j = open[l];
                    score[j] = best[l] + e[j];
                    backRow[j] = arg[l];
                }

                // I- and L- tags side by side: from B- then I- of the same label.
                for (int x = 0; x < insideWide; x++)
                {
                    fromBScores[x] = prevScore[fromB[x]];
                    fromIScores[x] = prevScore[fromI[x]];
                }

                for (int c = 0; c < insideWide; c += FloatLanes)
                {
                    var bestVector = Vector256.Create(float.NegativeInfinity);
                    var argVector = Vector256<int>.Zero;
                    var s = Vector256.Create(fromBScores.Slice(c, FloatLanes)) + Vector256.LoadUnsafe(ref bTo, (nuint)c);
                    var greater = Vector256.GreaterThan(s, bestVector);
                    bestVector = Vector256.ConditionalSelect(greater, s, bestVector);
                    argVector = Vector256.ConditionalSelect(greater.AsInt32(), Vector256.Create(fromB.Slice(c, FloatLanes)), argVector);
                    s = Vector256.Create(fromIScores.Slice(c, FloatLanes)) + Vector256.LoadUnsafe(ref iTo, (nuint)c);
                    greater = Vector256.GreaterThan(s, bestVector);
                    bestVector = Vector256.ConditionalSelect(greater, s, bestVector);
                    argVector = Vector256.ConditionalSelect(greater.AsInt32(), Vector256.Create(fromI.Slice(c, FloatLanes)), argVector);
                    bestVector.CopyTo(best[c..]);
                    argVector.CopyTo(arg[c..]);
                }

                for (int x = 0; x < ins.Length; x++)
                {
                    int j = ins[x];
                    score[j] = best[x] + e[j];
                    backRow[j] = arg[x];
                }

                var swap = prevScore;
                prevScore = score;
                score = swap;
            }

            SequenceDecoder.Backtrack(tagSet, prevScore, back, n, output);
        }
        finally
        {
            if (backArray is not null) ArrayPool<int>.Shared.Return(backArray);
        }
    }

    /// <summary>
    /// Per-token marginals of positions <c>[from, to)</c>, as
    /// <see cref="SequenceDecoder.Marginals(TagSet, ReadOnlySpan{float}, ReadOnlySpan{double}, int, Span{double}, int, int)"/>
    /// with this lattice's exponentiated transitions.
    /// </summary>
    /// <param name="emissions">The scores, <c>n × tags</c>.</param>
    /// <param name="n">The number of positions.</param>
    /// <param name="marginals">Output (<c>n × tags</c>); positions outside the range are left undefined.</param>
    /// <param name="from">First position wanted.</param>
    /// <param name="to">End of the positions wanted (−1: all).</param>
    /// <param name="tags">When not empty, the decoded tags: the positions tagged <c>O</c> (0) are left undefined too (the last
    /// step, a normalization per position, is skipped for them; the others get exactly the same values).</param>
    /// <param name="scratch">Work space (<see cref="MarginalsScratchLength"/>); rented when shorter.</param>
    public void Marginals(ReadOnlySpan<float> emissions, int n, Span<double> marginals, int from = 0, int to = -1, ReadOnlySpan<int> tags = default, Span<double> scratch = default)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        if (to < 0 || to > n) to = n;
        from = Math.Clamp(from, 0, to);
        int length = MarginalsScratchLength(n, t);
        double[]? rented = scratch.Length < length ? ArrayPool<double>.Shared.Rent(length) : null;
        var work = rented is null ? scratch : rented.AsSpan();
        try
        {
            var ex = work[..(n * t)];
            SequenceDecoder.ShiftedExp(emissions, n, t, ex);
            if (fourLabels is not null) fourLabels.Compute(ex, n, marginals, from, to, tags, work[(n * t)..]);
            else Marginals(ex, n, marginals, from, to, work.Slice(n * t, n * t), tags);
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// As <see cref="Marginals(ReadOnlySpan{float}, int, Span{double}, int, int, ReadOnlySpan{int}, Span{double})"/> of the
    /// scores multiplied by <paramref name="factor"/> (each the same float product); <paramref name="emissions"/> may be
    /// overwritten with those products.
    /// </summary>
    internal void Marginals(Span<float> emissions, float factor, int n, Span<double> marginals, int from, int to, ReadOnlySpan<int> tags, Span<double> scratch)
    {
        if (fourLabels is null || n == 0)
        {
            if (factor != 1) Multiply(emissions[..(n * tagSet.Count)], factor);
            Marginals(emissions, n, marginals, from, to, tags, scratch);
            return;
        }

        if (to < 0 || to > n) to = n;
        from = Math.Clamp(from, 0, to);
        fourLabels.ComputeFromScores(emissions, factor, n, marginals, from, to, tags, scratch);
    }

    /// <summary>Multiplies each value by <paramref name="factor"/> (the same IEEE product per value, several at a time).</summary>
    private static void Multiply(Span<float> values, float factor)
    {
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var f = Vector256.Create(factor);
            for (; j + 8 <= values.Length; j += 8) (Vector256.Create(values[j..]) * f).CopyTo(values[j..]);
        }

        for (; j < values.Length; j++) values[j] *= factor;
    }
}
