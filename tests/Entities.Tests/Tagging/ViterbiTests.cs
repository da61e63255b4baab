using Entities.Tagging;

namespace Entities.Tests.Tagging;

public sealed class ViterbiTests
{
    [Fact]
    public void NeverEmitsAnIllegalSequenceUnderRandomWeights()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count;
        var random = new Random(42);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = random.Next(1, 12);
            var emissions = new float[n * t];
            var transitions = new float[(t + 1) * t];
            for (int i = 0; i < emissions.Length; i++) emissions[i] = (float)(random.NextDouble() * 20 - 10);
            for (int i = 0; i < transitions.Length; i++) transitions[i] = (float)(random.NextDouble() * 20 - 10);
            var tags = new int[n];
            SequenceDecoder.Viterbi(tagSet, emissions, transitions, n, tags);
            Assert.True(tagSet.IsAllowed(-1, tags[0]), $"illegal start {tags[0]}");
            for (int i = 1; i < n; i++) Assert.True(tagSet.IsAllowed(tags[i - 1], tags[i]), $"illegal {tags[i - 1]} -> {tags[i]}");
            Assert.True(tagSet.IsAllowedAtEnd(tags[n - 1]), $"illegal end {tags[n - 1]}");
        }
    }

    [Fact]
    public void MarginalsSumToOnePerToken()
    {
        var tagSet = new TagSet(EntityLabels.All);
        int t = tagSet.Count, n = 5;
        var random = new Random(3);
        var emissions = Enumerable.Range(0, n * t).Select(_ => (float)random.NextDouble() * 4).ToArray();
        var transitions = new float[(t + 1) * t];
        var marginals = new double[n * t];
        SequenceDecoder.Marginals(tagSet, emissions, transitions, n, marginals);
        for (int i = 0; i < n; i++) Assert.Equal(1.0, marginals.Skip(i * t).Take(t).Sum(), 6);
    }

    [Fact]
    public void MarginalsMatchBruteForceEnumerationOfLegalSequences()
    {
        var tagSet = new TagSet([EntityLabel.Person, EntityLabel.Location]);
        int t = tagSet.Count, n = 4;
        var random = new Random(11);
        var emissions = Enumerable.Range(0, n * t).Select(_ => (float)(random.NextDouble() * 30 - 15)).ToArray();
        var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)(random.NextDouble() * 10 - 5)).ToArray();
        var expected = new double[n * t];
        double total = 0;
        var tags = new int[n];
        for (int code = 0; code < (int)Math.Pow(t, n); code++)
        {
            for (int i = 0, c = code; i < n; i++, c /= t) tags[i] = c % t;
            bool legal = tagSet.IsAllowed(-1, tags[0]) && tagSet.IsAllowedAtEnd(tags[n - 1]);
            for (int i = 1; i < n && legal; i++) legal = tagSet.IsAllowed(tags[i - 1], tags[i]);
            if (!legal) continue;
            double score = (double)transitions[tags[0]] + emissions[tags[0]];
            for (int i = 1; i < n; i++) score += (double)transitions[(tags[i - 1] + 1) * t + tags[i]] + emissions[i * t + tags[i]];
            double weight = Math.Exp(score);
            total += weight;
            for (int i = 0; i < n; i++) expected[i * t + tags[i]] += weight;
        }

        var marginals = new double[n * t];
        SequenceDecoder.Marginals(tagSet, emissions, transitions, n, marginals);
        for (int k = 0; k < n * t; k++) Assert.Equal(expected[k] / total, marginals[k], 9);
    }

    [Theory]
    [InlineData(new[] { "B-PER", "I-PER", "O", "B-LOC" }, new[] { "B-PER", "L-PER", "O", "U-LOC" })]
    [InlineData(new[] { "B-ORG", "I-ORG", "I-ORG", "B-ORG" }, new[] { "B-ORG", "I-ORG", "L-ORG", "U-ORG" })]
    [InlineData(new[] { "O", "I-MISC", "O" }, new[] { "O", "U-MISC", "O" })]
    public void ConvertsIob2ToBilou(string[] iob, string[] bilou)
    {
        var tagSet = new TagSet(EntityLabels.All);
        var tags = new int[iob.Length];
        tagSet.FromIob2(iob, tags);
        Assert.Equal(bilou, tags.Select(t => t == 0 ? "O" : "BILU"[TagSet.KindOf(t)] + "-" + tagSet.Labels[TagSet.LabelIndexOf(t)].ToCode()));
    }
}
