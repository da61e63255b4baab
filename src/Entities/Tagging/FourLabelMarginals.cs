using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entities.Tagging;

/// <summary>
/// The forward-backward recursions of <see cref="BilouLattice"/> for a BILOU tag set of exactly four labels (17 tags), over
/// a permuted layout in which every group of tags the recursions treat alike is contiguous:
/// <c>[B-1…B-4 | O U-1…U-4 | L-1…L-4 | I-1…I-4]</c>. The opening tags (<c>B-</c>, <c>O</c>, <c>U-</c>) are then positions
/// 0–8 and the closing tags (<c>O</c>, <c>U-</c>, <c>L-</c>) positions 4–12, each three vectors of four doubles wide; the
/// <c>L-</c> and <c>I-</c> tags, whose predecessors are the <c>B-</c> and <c>I-</c> tag of their label, are one vector each.
/// </summary>
/// <remarks>
/// Each lane performs exactly the operations of <see cref="SequenceDecoder.Marginals(TagSet, ReadOnlySpan{double}, ReadOnlySpan{double}, int, Span{double}, int, int, Span{double})"/>
/// for its tag, in the same order (the predecessors, and backwards the successors, in ascending tag order; a term whose
/// successor value is zero, skipped by the scalar recursion, adds +0 here, which changes nothing), so the marginals are bit
/// for bit the same. Immutable and thread-safe.
/// </remarks>
internal sealed partial class FourLabelMarginals
{
    private const int Tags = 17, Lanes = 4, Wide = 12, OpeningStart = 0, ClosingStart = 4, LastStart = 9, InsideStart = 13;

    private readonly int[] positionOf;     // tag → permuted position
    private readonly int[] tagAt;          // permuted position → tag
    private readonly int[] closingAt;      // closing tags, ascending → permuted position
    private readonly int[] openingAt;      // opening tags, ascending → permuted position
    private readonly double[] forward;     // [k * Wide + q]: exp(closing k → tag at q), 0 for q ≥ 9
    private readonly double[] backward;    // [m * Wide + r]: exp(tag at ClosingStart + r → opening m), 0 for r ≥ 9
    private readonly double[] inside;      // B-x→I-x, I-x→I-x, B-x→L-x, I-x→L-x (four lanes each)
    private readonly double[] start, end;  // per permuted position: exp(start → tag); 1 when the tag may end a sentence, else 0

    private FourLabelMarginals(TagSet tagSet, double[] expTransitions)
    {
        positionOf = new int[Tags];
        tagAt = new int[Tags];
        for (int j = 0; j < Tags; j++)
        {
            int q = PositionOf(j);
            positionOf[j] = q;
            tagAt[q] = j;
        }

        int[] opening = Enumerable.Range(0, Tags).Where(j => j == 0 || TagSet.KindOf(j) is TagSet.Begin or TagSet.Unit).ToArray();
        int[] closing = Enumerable.Range(0, Tags).Where(p => p == 0 || TagSet.KindOf(p) is TagSet.Last or TagSet.Unit).ToArray();
        openingAt = opening.Select(j => positionOf[j]).ToArray();
        closingAt = closing.Select(p => positionOf[p]).ToArray();
        forward = new double[closing.Length * Wide];
        backward = new double[opening.Length * Wide];
        for (int k = 0; k < closing.Length; k++)
            for (int q = OpeningStart; q < OpeningStart + opening.Length; q++) forward[k * Wide + q] = expTransitions[(closing[k] + 1) * Tags + tagAt[q]];
        for (int m = 0; m < opening.Length; m++)
            for (int r = 0; r < closing.Length; r++) backward[m * Wide + r] = expTransitions[(tagAt[ClosingStart + r] + 1) * Tags + opening[m]];

        inside = new double[4 * Lanes];
        for (int x = 0; x < 4; x++)
        {
            int b = TagSet.TagOf(x, TagSet.Begin), i = TagSet.TagOf(x, TagSet.Inside), l = TagSet.TagOf(x, TagSet.Last);
            inside[x] = expTransitions[(b + 1) * Tags + i];
            inside[Lanes + x] = expTransitions[(i + 1) * Tags + i];
            inside[2 * Lanes + x] = expTransitions[(b + 1) * Tags + l];
            inside[3 * Lanes + x] = expTransitions[(i + 1) * Tags + l];
        }

        start = new double[Tags];
        end = new double[Tags];
        for (int q = 0; q < Tags; q++)
        {
            start[q] = expTransitions[tagAt[q]];
            end[q] = tagSet.IsAllowedAtEnd(tagAt[q]) ? 1 : 0;
        }
    }

    /// <summary>
    /// The control of a 16-lane permutation of a row's first 16 values into the permuted layout: lane q &lt; 16 takes the tag
    /// at q, except the last tag (16), which the permutation cannot reach (lane 0 instead, to be overwritten).
    /// </summary>
    internal static Vector512<int> PermuteControl { get; } = Vector512.Create(Enumerable.Range(0, Vector512<int>.Count)
        .Select(q => Enumerable.Range(0, Tags).First(tag => PositionOf(tag) == q)).Select(tag => tag == Tags - 1 ? 0 : tag).ToArray());

    /// <summary>The position of the last tag (16) in the permuted layout.</summary>
    internal static int LastTagPosition { get; } = PositionOf(Tags - 1);

    /// <summary>The tag at the last position (16) of the permuted layout.</summary>
    internal static int TagAtLastPosition { get; } = Enumerable.Range(0, Tags).First(tag => PositionOf(tag) == Tags - 1);

    /// <summary>Where tag <paramref name="tag"/> is in the permuted layout <c>[B-1…B-4 | O U-1…U-4 | L-1…L-4 | I-1…I-4]</c>.</summary>
    internal static int PositionOf(int tag) => tag == 0 ? ClosingStart : TagSet.LabelIndexOf(tag) + TagSet.KindOf(tag) switch
    {
        TagSet.Begin => OpeningStart,
        TagSet.Unit => ClosingStart + 1,
        TagSet.Last => LastStart,
        _ => InsideStart,
    };

    /// <summary>The recursions for <paramref name="tagSet"/>, or null when it is not four BILOU labels or vectors are not accelerated.</summary>
    public static FourLabelMarginals? TryCreate(TagSet tagSet, double[] expTransitions) =>
        tagSet.Count == Tags && tagSet.Labels.Count == 4 && Vector256.IsHardwareAccelerated ? new FourLabelMarginals(tagSet, expTransitions) : null;

    /// <summary>Length of the work space of <paramref name="n"/> positions.</summary>
    public static int ScratchLength(int n) => 3 * n * Tags;

    /// <summary>
    /// The marginals of positions <c>[from, to)</c> from <see cref="SequenceDecoder.ShiftedExp"/>'s values (original tag order,
    /// <c>n × 17</c>), as <see cref="BilouLattice.Marginals(ReadOnlySpan{double}, int, Span{double}, int, int, Span{double}, ReadOnlySpan{int})"/>.
    /// </summary>
    /// <param name="ex">The exponentials.</param>
    /// <param name="n">The number of positions.</param>
    /// <param name="marginals">Output.</param>
    /// <param name="from">First position wanted.</param>
    /// <param name="to">End of the positions wanted.</param>
    /// <param name="tags">When not empty, the decoded tags (positions tagged <c>O</c> are skipped).</param>
    /// <param name="scratch">Work space (<see cref="ScratchLength"/>); rented when shorter.</param>
    public void Compute(ReadOnlySpan<double> ex, int n, Span<double> marginals, int from, int to, ReadOnlySpan<int> tags, Span<double> scratch = default)
    {
        double[]? rented = scratch.Length < ScratchLength(n) ? ArrayPool<double>.Shared.Rent(ScratchLength(n)) : null;
        var work = rented is null ? scratch : rented.AsSpan();
        try
        {
            var permuted = work.Slice(0, n * Tags);
            var alpha = work.Slice(n * Tags, n * Tags);
            var beta = work.Slice(2 * n * Tags, n * Tags);
            ReadOnlySpan<int> at = tagAt;
            for (int i = 0; i < n; i++)
            {
                var source = ex.Slice(i * Tags, Tags);
                var target = permuted.Slice(i * Tags, Tags);
                for (int q = 0; q < Tags; q++) target[q] = source[at[q]];
            }

            Finish(permuted, n, marginals, from, to, tags, alpha, beta);
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// As <see cref="Compute"/> from the scores: the exponentials <c>exp(score · factor − max of its position)</c> are those
    /// <see cref="SequenceDecoder.ShiftedExp"/> gives for the scores multiplied by <paramref name="factor"/> (the same float
    /// products, maximum, differences and exponentials, bit for bit), written straight in the permuted layout instead of
    /// three passes over the sentence (multiplication, shifted exponentials, permutation).
    /// </summary>
    /// <param name="scores">The emission scores, <c>n × 17</c> (not modified).</param>
    /// <param name="factor">The factor of every score (the inverse temperature).</param>
    /// <param name="n">The number of positions.</param>
    /// <param name="marginals">Output.</param>
    /// <param name="from">First position wanted.</param>
    /// <param name="to">End of the positions wanted.</param>
    /// <param name="tags">When not empty, the decoded tags (positions tagged <c>O</c> are skipped).</param>
    /// <param name="scratch">Work space (<see cref="ScratchLength"/>); rented when shorter.</param>
    public void ComputeFromScores(ReadOnlySpan<float> scores, float factor, int n, Span<double> marginals, int from, int to, ReadOnlySpan<int> tags, Span<double> scratch = default)
    {
        double[]? rented = scratch.Length < ScratchLength(n) ? ArrayPool<double>.Shared.Rent(ScratchLength(n)) : null;
        var work = rented is null ? scratch : rented.AsSpan();
        try
        {
            var permuted = work.Slice(0, n * Tags);
            double lastShift = ShiftedPermuted(scores, factor, n, permuted);
            ExpInOriginalOrder(scores, factor, n, lastShift, permuted);
            Finish(permuted, n, marginals, from, to, tags, work.Slice(n * Tags, n * Tags), work.Slice(2 * n * Tags, n * Tags));
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The values of <see cref="SequenceDecoder.Shifted"/> for the scores multiplied by <paramref name="factor"/>, in the
    /// permuted layout; returns the last position's shift (its largest product).
    /// </summary>
    /// <param name="scores">The emission scores, <c>n × 17</c>.</param>
    /// <param name="factor">The factor of every score.</param>
    /// <param name="n">The number of positions.</param>
    /// <param name="permuted">Output, <c>n × 17</c>.</param>
    /// <param name="allow512">Whether 512-bit vectors may serve where the processor has them (tests compare both ways).</param>
    internal double ShiftedPermuted(ReadOnlySpan<float> scores, float factor, int n, Span<double> permuted, bool allow512 = true)
    {
        double shift = 0;
        bool wide = allow512 && Avx512F.IsSupported;
        for (int i = 0; i < n; i++)
        {
            var target = permuted.Slice(i * Tags, Tags);
            shift = wide
                ? ShiftedRow512(scores.Slice(i * Tags, Tags), factor, target)
                : ShiftedRow(scores.Slice(i * Tags, Tags), factor, target);
        }

        return shift;
    }

    /// <summary>
    /// Exponentiates the values of <see cref="ShiftedPermuted"/> in place as <see cref="SequenceDecoder.Exp"/> does in the
    /// original order: it takes them in vectors (eight or four at a time), then the last <c>(n × 17) mod 4</c> one by one with
    /// <see cref="Math.Exp"/>, which rounds differently. So the last position's tags that end the original order get
    /// <see cref="Math.Exp"/>, wherever the permutation put them, and only they do.
    /// </summary>
    internal void ExpInOriginalOrder(ReadOnlySpan<float> scores, float factor, int n, double lastShift, Span<double> permuted)
    {
        int tail = n * Tags % Vector256<double>.Count;
        SequenceDecoder.Exp(permuted[..(n * Tags)]);
        if (tail == 0) return;
        ReadOnlySpan<int> at = tagAt;
        var lastScores = scores.Slice((n - 1) * Tags, Tags);
        var last = permuted.Slice((n - 1) * Tags, Tags);
        for (int q = 0; q < Tags; q++)
        {
            bool scalarHere = q >= Tags - tail, scalarThere = at[q] >= Tags - tail;
            if (scalarHere == scalarThere) continue;
            double value = lastScores[at[q]] * factor - lastShift;
            if (scalarThere) last[q] = Math.Exp(value);
            else
            {
                Span<double> lanes = [value, value, value, value]; // through the same code as the other values
                SequenceDecoder.Exp(lanes);
                last[q] = lanes[0];
            }
        }
    }

    /// <summary>Where tag <paramref name="tag"/> is in the permuted layout (for tests).</summary>
    internal int PermutedPositionOf(int tag) => positionOf[tag];

    /// <summary>One position of <see cref="ShiftedPermuted"/>; returns its shift (the row's largest product).</summary>
    private double ShiftedRow(ReadOnlySpan<float> source, float factor, Span<double> target)
    {
        // The products of Multiply, then the maximum of ShiftedExp (the same whatever the order of comparisons).
        Span<float> row = stackalloc float[Tags];
        var f = Vector256.Create(factor);
        var low = Vector256.Create(source) * f;
        var high = Vector256.Create(source[Vector256<float>.Count..]) * f;
        low.CopyTo(row);
        high.CopyTo(row[Vector256<float>.Count..]);
        row[Tags - 1] = source[Tags - 1] * factor;
        var maxVector = Vector256.Max(low, high);
        float max = row[Tags - 1];
        for (int l = 0; l < Vector256<float>.Count; l++) max = Math.Max(max, maxVector[l]);
        double shift = max;
        ReadOnlySpan<int> at = tagAt;
        for (int q = 0; q < Tags; q++) target[q] = row[at[q]] - shift;
        return shift;
    }

    /// <summary>As <see cref="ShiftedRow"/>, the first 16 scores in one 512-bit vector, permuted by one instruction.</summary>
    private double ShiftedRow512(ReadOnlySpan<float> source, float factor, Span<double> target)
    {
        var products = Vector512.Create(source) * Vector512.Create(factor);
        float lastProduct = source[Tags - 1] * factor;
        // The scores are finite, so the processor's own maximum (which leaves NaN and the sign of zero to the hardware) gives
        // the maximum of Math.Max, but for the sign of a zero maximum, which changes no exponential (x − (±0) = x, e^±0 = 1).
        var half = Vector256.MaxNative(products.GetLower(), products.GetUpper());
        var quarter = Vector128.MaxNative(half.GetLower(), half.GetUpper());
        quarter = Vector128.MaxNative(quarter, Vector128.Shuffle(quarter, Vector128.Create(2, 3, 0, 1)));
        quarter = Vector128.MaxNative(quarter, Vector128.Shuffle(quarter, Vector128.Create(1, 0, 3, 2)));
        float max = quarter.ToScalar();
        if (lastProduct > max) max = lastProduct;
        double shift = max;
        var shiftVector = Vector512.Create(shift);
        var (low, high) = Vector512.Widen(Avx512F.PermuteVar16x32(products, PermuteControl));
        ref double first = ref MemoryMarshal.GetReference(target);
        (low - shiftVector).StoreUnsafe(ref first);
        (high - shiftVector).StoreUnsafe(ref first, (nuint)Vector512<double>.Count);

        // The two places the permutation of 16 lanes cannot serve: the last tag's position, and the last position's tag.
        int lastTagAt = LastTagPosition, tagAtLast = TagAtLastPosition;
        target[Tags - 1] = (tagAtLast == Tags - 1 ? lastProduct : products.GetElement(tagAtLast)) - shift;
        target[lastTagAt] = lastProduct - shift;
        return shift;
    }
}
