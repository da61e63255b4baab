using Entities.Tagging;

namespace Entities.Tests.Tagging;

/// <summary>The lattice's marginals restricted to the tagged positions equal, bit for bit, the full computation there.</summary>
public sealed class LatticeRangeTests
{
    [Fact]
    public void MarginalsOfTaggedPositionsOnlyEqualTheFullComputation()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(23);
        int skipped = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 25);
            var emissions = Enumerable.Range(0, n * t).Select(_ => (float)(random.NextDouble() * 10 - 5)).ToArray();
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
            var lattice = new BilouLattice(tagSet, transitions, SequenceDecoder.ExpTransitions(tagSet, transitions, 1 / 1.2));
            var tags = new int[n];
            lattice.Viterbi(emissions, n, tags);
            for (int i = 0; i < n; i++) if (random.Next(3) == 0) tags[i] = 0; // more O positions than Viterbi gives
            int from = random.Next(0, n), to = random.Next(from + 1, n + 1);
            var full = new double[n * t];
            var partial = new double[n * t];
            Array.Fill(partial, double.NaN);
            lattice.Marginals(emissions, n, full, from, to);
            lattice.Marginals(emissions, n, partial, from, to, tags);
            for (int i = from; i < to; i++)
            {
                if (tags[i] == 0) { skipped++; continue; }
                for (int j = 0; j < t; j++)
                    Assert.Equal(BitConverter.DoubleToInt64Bits(full[i * t + j]), BitConverter.DoubleToInt64Bits(partial[i * t + j]));
            }
        }

        Assert.True(skipped > 0);
    }
}
