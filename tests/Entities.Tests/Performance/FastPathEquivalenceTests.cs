using Entities.Knowledge;
using Entities.French.Extraction;
using Entities.French.Tokenization;
using Entities.Resolution;
using Entities.Tagging;

namespace Entities.Tests.Performance;

/// <summary>The speed-ups must not change results: each fast path is checked against the plain computation it replaces.</summary>
public sealed class FastPathEquivalenceTests
{
    private static readonly FrenchEntityExtractor Extractor = new();

    [Fact]
    public void MarginalsOfARangeEqualTheFullComputationInsideIt()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(11);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 15);
            var emissions = Enumerable.Range(0, n * t).Select(_ => (float)(random.NextDouble() * 8 - 4)).ToArray();
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
            var expTransitions = SequenceDecoder.ExpTransitions(tagSet, transitions);
            int from = random.Next(0, n), to = random.Next(from + 1, n + 1);
            var full = new double[n * t];
            var partial = new double[n * t];
            SequenceDecoder.Marginals(tagSet, emissions, expTransitions, n, full);
            SequenceDecoder.Marginals(tagSet, emissions, expTransitions, n, partial, from, to);
            for (int k = from * t; k < to * t; k++) Assert.Equal(full[k], partial[k]); // bit for bit
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void VectorizedBilouDecodingEqualsTheScalarRecursions(int labelCount)
    {
        var tagSet = new TagSet(EntityLabels.All.Take(labelCount).ToArray());
        int t = tagSet.Count;
        var random = new Random(17 + labelCount);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 30);
            // Now and then a huge gap, so that some exponentials underflow to zero.
            // And now and then small whole numbers, so that paths tie (the first best must be kept, as the scalar scan does).
            double spread = trial % 5 == 0 ? 900 : 8;
            bool ties = trial % 5 == 1;
            var emissions = Enumerable.Range(0, n * t).Select(_ => ties ? random.Next(-1, 2) : (float)(random.NextDouble() * spread - spread / 2)).ToArray();
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => ties ? random.Next(-1, 2) : (float)(random.NextDouble() * 6 - 3)).ToArray();
            var expTransitions = SequenceDecoder.ExpTransitions(tagSet, transitions, 1 / 1.3);
            var lattice = new BilouLattice(tagSet, transitions, expTransitions);

            var expectedTags = new int[n];
            var actualTags = new int[n];
            SequenceDecoder.Viterbi(tagSet, emissions, transitions, n, expectedTags);
            lattice.Viterbi(emissions, n, actualTags);
            Assert.Equal(expectedTags, actualTags);

            // The recursions are compared on the same exponentials: Vector256.Exp may round differently from one call to the
            // next while the runtime recompiles it (tiered compilation, fused multiply-adds), which is not what is tested here.
            int from = random.Next(0, n), to = random.Next(from + 1, n + 1);
            var ex = new double[n * t];
            SequenceDecoder.ShiftedExp(emissions, n, t, ex);
            var expected = new double[n * t];
            var actual = new double[n * t];
            SequenceDecoder.Marginals(tagSet, ex, expTransitions, n, expected, from, to, new double[n * t]);
            lattice.Marginals(ex, n, actual, from, to, new double[n * t]);
            Assert.True(SameBits(expected, actual, from * t, to * t), $"trial {trial}");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ShiftedScoresInThePermutedLayoutAreThoseOfTheOriginalOrder(bool allow512)
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(29);
        var marginals = FourLabelMarginals.TryCreate(tagSet, new double[(t + 1) * t]);
        Assert.NotNull(marginals);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 40);
            var scores = RandomScores(random, n * t, trial % 7 == 0 ? 900 : 10);
            float factor = trial % 3 == 0 ? 1 : (float)(0.5 + random.NextDouble());

            var expected = new double[n * t];
            SequenceDecoder.Shifted(scores.Select(score => score * factor).ToArray(), n, t, expected);
            var actual = new double[n * t];
            double lastShift = marginals.ShiftedPermuted(scores, factor, n, actual, allow512);
            for (int i = 0; i < n; i++)
            {
                for (int tag = 0; tag < t; tag++)
                {
                    double want = expected[i * t + tag], got = actual[i * t + marginals.PermutedPositionOf(tag)];
                    Assert.True(BitConverter.DoubleToInt64Bits(want) == BitConverter.DoubleToInt64Bits(got), $"trial {trial}, position {i}, tag {tag}: {want:R} vs {got:R}");
                }
            }

            Assert.Equal(scores.Skip((n - 1) * t).Max(score => score * factor), lastShift);
        }
    }

    [Fact]
    public void ThePermutedExponentialsUseMathExpWhereTheOriginalOrderDoes()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(31);
        var marginals = FourLabelMarginals.TryCreate(tagSet, new double[(t + 1) * t])!;
        for (int n = 1; n <= 8; n++)
        {
            var scores = RandomScores(random, n * t, 10);
            var shifted = new double[n * t];
            double lastShift = marginals.ShiftedPermuted(scores, 1, n, shifted);
            var ex = shifted.ToArray();
            marginals.ExpInOriginalOrder(scores, 1, n, lastShift, ex);

            // SequenceDecoder.Exp on n × 17 values gives the last (n × 17) mod 4 of the original order to Math.Exp.
            int tail = n * t % 4;
            for (int tag = t - tail; tag < t; tag++)
            {
                int at = (n - 1) * t + marginals.PermutedPositionOf(tag);
                Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Exp(shifted[at])), BitConverter.DoubleToInt64Bits(ex[at]));
            }

            for (int k = 0; k < n * t; k++) Assert.Equal(Math.Exp(shifted[k]), ex[k], 1e-15 * Math.Max(1, Math.Exp(shifted[k])));
        }
    }

    [Fact]
    public void MarginalsStraightFromTheScoresAgreeWithThoseOfTheExponentialsComputedApart()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(37);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 40);
            var scores = RandomScores(random, n * t, 10);
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray();
            float factor = (float)(0.5 + random.NextDouble());
            var lattice = new BilouLattice(tagSet, transitions, SequenceDecoder.ExpTransitions(tagSet, transitions, factor));
            int from = random.Next(0, n), to = random.Next(from + 1, n + 1);

            // (The exponentials themselves may round differently from one call to the next while the runtime recompiles
            // Vector256.Exp, hence a tolerance here; the tests above check the rest bit for bit.)
            var ex = new double[n * t];
            SequenceDecoder.ShiftedExp(scores.Select(score => score * factor).ToArray(), n, t, ex);
            var expected = new double[n * t];
            lattice.Marginals(ex, n, expected, from, to, new double[n * t]);
            var actual = new double[n * t];
            lattice.Marginals(scores.ToArray(), factor, n, actual, from, to, default, new double[BilouLattice.MarginalsScratchLength(n, t)]);
            for (int k = from * t; k < to * t; k++) Assert.Equal(expected[k], actual[k], 1e-12);
        }
    }

    private static float[] RandomScores(Random random, int count, double spread) =>
        Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * spread - spread / 2)).ToArray();

    private static bool SameBits(double[] expected, double[] actual, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[k]) != BitConverter.DoubleToInt64Bits(actual[k])) return false;
        }

        return true;
    }

    [Fact]
    public void VectorizedViterbiResolvesManyTiesAsTheScalarRecursion()
    {
        // Small integer scores: equal path scores everywhere, so the order of the comparisons decides.
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(23);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 25);
            var emissions = Enumerable.Range(0, n * t).Select(_ => (float)random.Next(-2, 3)).ToArray();
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)random.Next(-1, 2)).ToArray();
            var lattice = new BilouLattice(tagSet, transitions, SequenceDecoder.ExpTransitions(tagSet, transitions));
            var expected = new int[n];
            var actual = new int[n];
            SequenceDecoder.Viterbi(tagSet, emissions, transitions, n, expected);
            lattice.Viterbi(emissions, n, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void ViterbiTiesResolveAsInTheScalarRecursion()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var transitions = new float[(t + 1) * t]; // all equal: every comparison is a tie
        var lattice = new BilouLattice(tagSet, transitions, SequenceDecoder.ExpTransitions(tagSet, transitions));
        var emissions = new float[6 * t];
        var expected = new int[6];
        var actual = new int[6];
        SequenceDecoder.Viterbi(tagSet, emissions, transitions, 6, expected);
        lattice.Viterbi(emissions, 6, actual);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Mme Borne a reçu le président de l’Union européenne à l'Élysée.")]
    [InlineData("Le groupe TotalÉnergies — l'ex-Total — a annoncé œuvrer avec l’ONU.")]
    [InlineData("ÇA, Œdipe et Æsir : trois mots, ß et þ compris ; M. Dupont-Aignan (Debout la France).")]
    [InlineData("   -- ... '' ")]
    public void FoldingIntoABufferGivesTheSameCharacters(string text)
    {
        var buffer = new CharBuffer();
        buffer.Append('x');
        TextFolding.FoldInto(text, buffer);
        Assert.Equal("x" + TextFolding.Fold(text), buffer.ToString());
    }

    [Theory]
    [InlineData("Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin avec l'OTAN.")]
    [InlineData("Rien à signaler ici, vraiment rien.")]
    public void ResultsCarryTheTokenCountOfTheDocument(string text)
    {
        var result = Extractor.ExtractEntities(text);
        Assert.Equal(FrenchTokenizer.Default.Tokenize(text).Count, result.TokenCount);
    }

    [Fact]
    public void BlankTextHasNoTokens() => Assert.Equal(0, Extractor.ExtractEntities("  ").TokenCount);
}
