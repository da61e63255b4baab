using Entities.French.Ner;
using Entities.Tagging;

namespace Entities.Tests.Tagging;

/// <summary>
/// The weight table's inline layout (<see cref="PerfectHash"/> slots holding key, row index and quantized row) must give exactly
/// the rows of a plain dictionary over the same hashes, quantized with the table's formula, and nothing for other hashes.
/// </summary>
public sealed class FeatureTableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void PerfectHashGivesEveryKeyItsOwnSlot(int count)
    {
        var random = new Random(count);
        var keys = DistinctKeys(random, count);
        var function = PerfectHash.Build(keys);
        Assert.True(function.SlotCount >= count);
        var seen = new HashSet<int>();
        foreach (ulong key in keys)
        {
            int slot = function.SlotOf(key);
            Assert.InRange(slot, 0, function.SlotCount - 1);
            Assert.True(seen.Add(slot), $"slot {slot} given twice");
        }

        for (int i = 0; i < 1000; i++) Assert.InRange(function.SlotOf((ulong)random.NextInt64()), 0, function.SlotCount - 1);
    }

    [Fact]
    public void PerfectHashHandlesSmallSequentialKeys()
    {
        var keys = Enumerable.Range(1, 5000).Select(i => (ulong)i).ToArray();
        var function = PerfectHash.Build(keys);
        Assert.Equal(keys.Length, keys.Select(k => function.SlotOf(k)).Distinct().Count());
    }

    [Fact]
    public void DuplicateHashesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => PerfectHash.Build([5, 9, 5]));
        Assert.Throws<ArgumentException>(() => new FeatureTable([5, 9, 5], new float[3 * 17], 17));
        Assert.Throws<ArgumentException>(() => new FeatureTable([0, 9], new float[2 * 17], 17));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(300, 17)]
    [InlineData(20_000, 17)]
    [InlineData(500, 33)]
    public void TableRowsEqualADictionaryOfQuantizedRows(int count, int tags)
    {
        var random = new Random(count + tags);
        var hashes = DistinctKeys(random, count, nonZero: true);
        var weights = Enumerable.Range(0, count * tags).Select(_ => (float)(random.NextDouble() * 8 - 4)).ToArray();
        var table = new FeatureTable(hashes, weights, tags);
        var reference = Reference(hashes, weights, tags, table.Scale);
        for (int r = 0; r < count; r++)
        {
            Assert.Equal(r, table.Find(hashes[r]));
            Assert.Equal(reference[hashes[r]], table.QuantizedRow(hashes[r]).ToArray());
        }

        var present = hashes.ToHashSet();
        for (int i = 0; i < 2000; i++)
        {
            ulong other = (ulong)random.NextInt64();
            if (present.Contains(other)) continue;
            Assert.Equal(-1, table.Find(other));
            Assert.True(table.QuantizedRow(other).IsEmpty);
        }

        // Blocks mixing present and absent features, summed as the dictionary says.
        var features = new List<ulong>();
        var starts = new List<int>();
        for (int b = 0; b < 50; b++)
        {
            starts.Add(features.Count);
            for (int k = random.Next(0, 30); k > 0; k--) features.Add(random.Next(3) == 0 ? (ulong)random.NextInt64() : hashes[random.Next(count)]);
        }

        starts.Add(features.Count);
        var sums = new int[50 * tags];
        table.AddQuantizedRows(features.ToArray(), starts.ToArray(), 50, new int[features.Count], sums);
        var expected = new int[50 * tags];
        for (int b = 0; b < 50; b++)
        {
            for (int k = starts[b]; k < starts[b + 1]; k++)
            {
                if (!reference.TryGetValue(features[k], out var row)) continue;
                for (int j = 0; j < tags; j++) expected[b * tags + j] += row[j];
            }
        }

        Assert.Equal(expected, sums);
    }

    [Fact]
    public void HalfPrecisionWeightsAreKeptExactlyAndGiveTheSameRowsAsTheirFloats()
    {
        var random = new Random(11);
        const int Count = 400, Tags = 17;
        var hashes = DistinctKeys(random, Count, nonZero: true);
        var halves = Enumerable.Range(0, Count * Tags).Select(_ => (Half)(random.NextDouble() * 6 - 3)).ToArray();
        var floats = halves.Select(h => (float)h).ToArray();
        var fromHalves = new FeatureTable(hashes, halves, Tags);
        var fromFloats = new FeatureTable(hashes, floats, Tags);
        Assert.Equal(floats, fromHalves.CopyWeights());
        Assert.Equal(floats, fromFloats.CopyWeights());
        Assert.Equal(fromFloats.Scale, fromHalves.Scale);
        foreach (ulong hash in hashes) Assert.Equal(fromFloats.QuantizedRow(hash).ToArray(), fromHalves.QuantizedRow(hash).ToArray());

        // Half weights are quantized through a table over all half values: the same rows as rounding each weight.
        halves[0] = Half.NegativeZero;
        halves[1] = BitConverter.UInt16BitsToHalf(1);        // the smallest subnormal
        halves[2] = (Half)(-3.0);                             // the largest magnitude, negative
        var edge = new FeatureTable(hashes, halves, Tags);
        var reference = Reference(hashes, [.. halves.Select(h => (float)h)], Tags, edge.Scale);
        Assert.Equal(3f / short.MaxValue, edge.Scale);
        foreach (ulong hash in hashes) Assert.Equal(reference[hash], edge.QuantizedRow(hash).ToArray());

        // A weight half precision cannot hold (a model just trained) is kept as given.
        floats[5] = 0.1f;
        var trained = new FeatureTable(hashes, floats, Tags);
        Assert.Equal(0.1f, trained.Weight(0, 5));
        Assert.Equal(floats, trained.CopyWeights());
    }

    [Fact]
    public void ShippedModelEmissionsEqualTheDictionaryReference()
    {
        var tagger = FrenchModel.LoadDefault();
        var table = tagger.Model.Table;
        int t = table.TagCount;
        var reference = Reference(table.Hashes, table.CopyWeights(), t, table.Scale);
        foreach (var sentence in new[] { "Hier , Marie Lefèvre a visité Strasbourg avec des élus de l' Unesco .", "M . Dupont a reçu Mme Borne au ministère de la Justice ." })
        {
            var tokens = sentence.Split(' ');
            var actual = new float[tokens.Length * t];
            tagger.UncachedEmissions(tokens, actual);
            var ws = new FeatureExtractor.Workspace();
            FeatureExtractor.Extract(tokens, tagger.Model.Features, ws);
            for (int i = 0; i < tokens.Length; i++)
            {
                var acc = new int[t];
                foreach (ulong f in ws.Features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, ws.Counts[i]))
                {
                    if (!reference.TryGetValue(f, out var row)) continue;
                    for (int j = 0; j < t; j++) acc[j] += row[j];
                }

                for (int j = 0; j < t; j++) Assert.Equal(BitConverter.SingleToInt32Bits(acc[j] * table.Scale), BitConverter.SingleToInt32Bits(actual[i * t + j]));
            }
        }
    }

    private static Dictionary<ulong, short[]> Reference(ulong[] hashes, float[] weights, int tags, float scale)
    {
        float max = weights.Length == 0 ? 0 : weights.Max(Math.Abs);
        Assert.Equal(max == 0 ? 1 : max / short.MaxValue, scale);
        var reference = new Dictionary<ulong, short[]>();
        for (int r = 0; r < hashes.Length; r++)
            reference[hashes[r]] = Enumerable.Range(0, tags).Select(j => (short)Math.Round(weights[r * tags + j] / scale)).ToArray();
        return reference;
    }

    private static ulong[] DistinctKeys(Random random, int count, bool nonZero = false)
    {
        var set = new HashSet<ulong>();
        while (set.Count < count)
        {
            ulong key = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            if (nonZero && key == 0) continue;
            set.Add(key);
        }

        return [.. set];
    }
}
