using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entities.Tagging;

/// <summary>
/// <see cref="BilouLattice.Viterbi"/> for a BILOU tag set of exactly four labels (17 tags), over the permuted layout of
/// <see cref="FourLabelMarginals"/> (<c>[B-1…B-4 | O U-1…U-4 | L-1…L-4 | I-1…I-4]</c>): the opening tags are positions
/// 0–8 (two vectors of eight floats), the closing tags 4–12, and the <c>L-</c> and <c>I-</c> tags one vector of four each.
/// </summary>
/// <remarks>
/// Each lane performs exactly the additions and comparisons of <see cref="SequenceDecoder.Viterbi"/> for its tag, in the
/// same order (predecessors in ascending tag order, the first best kept), so the best path is the same, ties included.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class FourLabelViterbi
{
    private const int Tags = 17, Lanes = 8, Wide = 16, OpeningStart = 0, LastStart = 9, InsideStart = 13, ClosingCount = 9;

    private readonly TagSet tagSet;
    private readonly int[] positionOf;     // tag → permuted position
    private readonly int[] tagAt;          // permuted position → tag
    private readonly int[] closing;        // closing tags, ascending
    private readonly int[] closingAt;      // closing tags, ascending → permuted position
    private readonly float[] opening;      // [k * Wide + q]: closing k → tag at q (−∞ for q ≥ 9)
    private readonly float[] inside;       // B-x→I-x, I-x→I-x, B-x→L-x, I-x→L-x (four lanes each)
    private readonly int[] insidePrevious; // B-x, I-x (four lanes each)
    private readonly float[] start;        // per permuted position: start → tag (−∞ where not allowed)

    private FourLabelViterbi(TagSet tagSet, float[] transitions)
    {
        this.tagSet = tagSet;
        positionOf = new int[Tags];
        tagAt = new int[Tags];
        for (int j = 0; j < Tags; j++)
        {
            positionOf[j] = FourLabelMarginals.PositionOf(j);
            tagAt[positionOf[j]] = j;
        }

        closing = Enumerable.Range(0, Tags).Where(p => p == 0 || TagSet.KindOf(p) is TagSet.Last or TagSet.Unit).ToArray();
        closingAt = closing.Select(p => positionOf[p]).ToArray();
        if (closing.Length != ClosingCount) throw new InvalidOperationException($"Expected {ClosingCount} closing tags, found {closing.Length}.");
        opening = new float[closing.Length * Wide];
        Array.Fill(opening, float.NegativeInfinity);
        for (int k = 0; k < closing.Length; k++)
            for (int q = OpeningStart; q < OpeningStart + 9; q++) opening[k * Wide + q] = transitions[(closing[k] + 1) * Tags + tagAt[q]];

        inside = new float[4 * 4];
        insidePrevious = new int[2 * 4];
        for (int x = 0; x < 4; x++)
        {
            int b = TagSet.TagOf(x, TagSet.Begin), i = TagSet.TagOf(x, TagSet.Inside), l = TagSet.TagOf(x, TagSet.Last);
            inside[x] = transitions[(b + 1) * Tags + i];
            inside[4 + x] = transitions[(i + 1) * Tags + i];
            inside[8 + x] = transitions[(b + 1) * Tags + l];
            inside[12 + x] = transitions[(i + 1) * Tags + l];
            (insidePrevious[x], insidePrevious[4 + x]) = (b, i);
        }

        start = new float[Tags];
        for (int q = 0; q < Tags; q++) start[q] = tagSet.IsAllowed(-1, tagAt[q]) ? transitions[tagAt[q]] : float.NegativeInfinity;
    }

    /// <summary>The decoder for <paramref name="tagSet"/>, or null when it is not four BILOU labels or vectors are not accelerated.</summary>
    public static FourLabelViterbi? TryCreate(TagSet tagSet, float[] transitions) =>
        tagSet.Count == Tags && tagSet.Labels.Count == 4 && Vector256.IsHardwareAccelerated && Vector128.IsHardwareAccelerated
            ? new FourLabelViterbi(tagSet, transitions) : null;

    /// <summary>Length of the back-pointers of <paramref name="n"/> positions (rows of <see cref="Row"/>).</summary>
    public static int ScratchLength(int n) => n * Row;

    // Rows of back-pointers (and scores) wide enough for the vector stores of lanes 9–15.
    private const int Row = 20;

    /// <summary>Writes the best legal tag sequence into <paramref name="output"/>.</summary>
    /// <param name="emissions">The scores, <c>n × 17</c>.</param>
    /// <param name="n">The number of positions.</param>
    /// <param name="output">The tags.</param>
    /// <param name="scratch">Room for the back-pointers (<see cref="ScratchLength"/>); rented when shorter.</param>
    public void Decode(ReadOnlySpan<float> emissions, int n, Span<int> output, Span<int> scratch = default)
    {
        int[]? rented = scratch.Length < ScratchLength(n) ? ArrayPool<int>.Shared.Rent(ScratchLength(n)) : null;
        var backs = rented is null ? scratch : rented.AsSpan();
        try
        {
            Span<float> previousRow = stackalloc float[Row], currentRow = stackalloc float[Row], e = stackalloc float[Tags];
            ReadOnlySpan<int> at = tagAt;
            for (int q = 0; q < Tags; q++)
                previousRow[q] = start[q] == float.NegativeInfinity ? float.NegativeInfinity : emissions[at[q]] + start[q];

            ref float table = ref MemoryMarshal.GetArrayDataReference(opening);
            ref float insideTable = ref MemoryMarshal.GetArrayDataReference(inside);
            var beginToInside = Vector128.LoadUnsafe(ref insideTable);
            var insideToInside = Vector128.LoadUnsafe(ref insideTable, 4);
            var beginToLast = Vector128.LoadUnsafe(ref insideTable, 8);
            var insideToLast = Vector128.LoadUnsafe(ref insideTable, 12);
            var fromBegin = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(insidePrevious));
            var fromInside = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(insidePrevious), 4);
            ref float ep = ref MemoryMarshal.GetReference(e);
            for (int i = 1; i < n; i++)
            {
                var row = emissions.Slice(i * Tags, Tags);
                if (Avx512F.IsSupported)
                {
                    // 16 scores permuted by one instruction; the last tag and the last position apart.
                    Avx512F.PermuteVar16x32(Vector512.Create(row), FourLabelMarginals.PermuteControl).StoreUnsafe(ref ep);
                    e[Tags - 1] = row[FourLabelMarginals.TagAtLastPosition];
                    e[FourLabelMarginals.LastTagPosition] = row[Tags - 1];
                }
                else
                {
                    for (int q = 0; q < Tags; q++) e[q] = row[at[q]];
                }
                ref float previous = ref MemoryMarshal.GetReference(previousRow);
                ref float current = ref MemoryMarshal.GetReference(currentRow);
                ref int back = ref Unsafe.Add(ref MemoryMarshal.GetReference(backs), i * Row);

                // The opening tags: the best of the nine closing tags, the first best kept (a tournament in ascending order
                // with the left one kept on a tie, which picks the same one as a scan, in four rounds instead of nine steps).
                Opening(ref previous, ref table, 0, out var best0, out var arg0);
                Opening(ref previous, ref table, Lanes, out var best1, out var arg1);

                (best0 + Vector256.LoadUnsafe(ref ep)).StoreUnsafe(ref current);
                (best1 + Vector256.LoadUnsafe(ref ep, Lanes)).StoreUnsafe(ref current, Lanes); // lanes 9–15 rewritten below
                arg0.StoreUnsafe(ref back);
                arg1.StoreUnsafe(ref back, Lanes);

                // L- and I- tags: from B- then I- of the same label.
                var begin = Vector128.LoadUnsafe(ref previous, OpeningStart);
                var insideValue = Vector128.LoadUnsafe(ref previous, InsideStart);
                Decide(begin + beginToLast, insideValue + insideToLast, fromBegin, fromInside, out var bestLast, out var argLast);
                Decide(begin + beginToInside, insideValue + insideToInside, fromBegin, fromInside, out var bestInside, out var argInside);
                (bestLast + Vector128.LoadUnsafe(ref ep, LastStart)).StoreUnsafe(ref current, LastStart);
                (bestInside + Vector128.LoadUnsafe(ref ep, InsideStart)).StoreUnsafe(ref current, InsideStart);
                argLast.StoreUnsafe(ref back, LastStart);
                argInside.StoreUnsafe(ref back, InsideStart);

                var swap = previousRow;
                previousRow = currentRow;
                currentRow = swap;
            }

            // The best tag allowed at the end, in ascending tag order; then the back-pointers.
            float bestEnd = float.NegativeInfinity;
            int last = 0;
            for (int j = 0; j < Tags; j++)
            {
                if (!tagSet.IsAllowedAtEnd(j)) continue;
                float score = previousRow[positionOf[j]];
                if (score > bestEnd) { bestEnd = score; last = j; }
            }

            output[n - 1] = last;
            for (int i = n - 1; i > 0; i--) output[i - 1] = backs[i * Row + positionOf[output[i]]];
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// For the eight opening lanes from <paramref name="lane"/> on: the best score over the closing tags (previous value plus
    /// transition) and the first closing tag giving it; tag 0 (the first closing tag) with −∞ when none is allowed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Opening(ref float previous, ref float table, int lane, out Vector256<float> best, out Vector256<int> arg)
    {
        ReadOnlySpan<int> close = closing, closeAt = closingAt;
        Candidate(ref previous, ref table, lane, close, closeAt, 0, out var s0, out var a0);
        Candidate(ref previous, ref table, lane, close, closeAt, 1, out var s1, out var a1);
        Candidate(ref previous, ref table, lane, close, closeAt, 2, out var s2, out var a2);
        Candidate(ref previous, ref table, lane, close, closeAt, 3, out var s3, out var a3);
        Candidate(ref previous, ref table, lane, close, closeAt, 4, out var s4, out var a4);
        Candidate(ref previous, ref table, lane, close, closeAt, 5, out var s5, out var a5);
        Candidate(ref previous, ref table, lane, close, closeAt, 6, out var s6, out var a6);
        Candidate(ref previous, ref table, lane, close, closeAt, 7, out var s7, out var a7);
        Candidate(ref previous, ref table, lane, close, closeAt, 8, out var s8, out var a8);
        Keep(ref s0, ref a0, s1, a1);
        Keep(ref s2, ref a2, s3, a3);
        Keep(ref s4, ref a4, s5, a5);
        Keep(ref s6, ref a6, s7, a7);
        Keep(ref s0, ref a0, s2, a2);
        Keep(ref s4, ref a4, s6, a6);
        Keep(ref s0, ref a0, s4, a4);
        Keep(ref s0, ref a0, s8, a8);
        (best, arg) = (s0, a0);
    }

    /// <summary>The score through closing tag number <paramref name="k"/> (ascending), and that tag, for eight lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Candidate(ref float previous, ref float table, int lane, ReadOnlySpan<int> close, ReadOnlySpan<int> closeAt, int k, out Vector256<float> score, out Vector256<int> tag)
    {
        score = Vector256.Create(Unsafe.Add(ref previous, closeAt[k])) + Vector256.LoadUnsafe(ref table, (nuint)(k * Wide + lane));
        tag = Vector256.Create(close[k]);
    }

    /// <summary>Keeps the right candidate where it is strictly better than the left one (which comes first in tag order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Keep(ref Vector256<float> best, ref Vector256<int> arg, Vector256<float> score, Vector256<int> tag)
    {
        var greater = Vector256.GreaterThan(score, best);
        best = Vector256.ConditionalSelect(greater, score, best);
        arg = Vector256.ConditionalSelect(greater.AsInt32(), tag, arg);
    }

    /// <summary>The better of two candidates per lane, the first kept on a tie (as the scalar <c>s &gt; best</c> from −∞).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Decide(Vector128<float> fromBeginScore, Vector128<float> fromInsideScore, Vector128<int> fromBegin, Vector128<int> fromInside,
        out Vector128<float> best, out Vector128<int> arg)
    {
        var minusInfinity = Vector128.Create(float.NegativeInfinity);
        var greater = Vector128.GreaterThan(fromBeginScore, minusInfinity);
        best = Vector128.ConditionalSelect(greater, fromBeginScore, minusInfinity);
        arg = Vector128.ConditionalSelect(greater.AsInt32(), fromBegin, Vector128<int>.Zero);
        greater = Vector128.GreaterThan(fromInsideScore, best);
        best = Vector128.ConditionalSelect(greater, fromInsideScore, best);
        arg = Vector128.ConditionalSelect(greater.AsInt32(), fromInside, arg);
    }
}
