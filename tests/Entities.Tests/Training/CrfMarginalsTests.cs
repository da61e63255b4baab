using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Training;

/// <summary>The CRF's forward-backward pass against brute-force enumeration of every legal tag sequence.</summary>
public sealed class CrfMarginalsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void MatchesEnumeration(int n, int seed)
    {
        var tagSet = new TagSet([EntityLabel.Person, EntityLabel.Location]);
        int t = tagSet.Count;
        var random = new Random(seed);
        var learner = new CrfLearner(tagSet, 1, 1, new TrainerOptions { Update = UpdateRule.Crf });
        for (int x = 0; x < learner.Transitions.Length; x++) learner.Transitions[x] = (float)(random.NextDouble() * 2 - 1);
        var emissions = Enumerable.Range(0, n * t).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
        var gold = new int[n];
        gold[0] = TagSet.TagOf(1, TagSet.Unit);
        var predicted = new int[n];
        learner.ForwardBackward(emissions, n, gold, predicted);

        var unary = new double[n * t];
        var pairs = new double[(t + 1) * t];
        double z = 0;
        foreach (var path in LegalPaths(tagSet, n))
        {
            double score = 0;
            for (int i = 0; i < n; i++) score += (double)emissions[i * t + path[i]] + learner.Transitions[((i == 0 ? -1 : path[i - 1]) + 1) * t + path[i]];
            double p = Math.Exp(score);
            z += p;
            for (int i = 0; i < n; i++)
            {
                unary[i * t + path[i]] += p;
                pairs[((i == 0 ? -1 : path[i - 1]) + 1) * t + path[i]] += p;
            }
        }

        var marginals = learner.Marginals(n);
        for (int k = 0; k < n * t; k++) Assert.Equal(unary[k] / z, marginals[k], 9);
        for (int i = 0; i < n; i++) pairs[((i == 0 ? -1 : gold[i - 1]) + 1) * t + gold[i]] -= z;
        for (int x = 0; x < pairs.Length; x++) Assert.Equal(pairs[x] / z, learner.TransitionGradient[x], 9);
        for (int i = 0; i < n; i++) Assert.Equal(marginals.Slice(i * t, t).ToArray().Max(), marginals[i * t + predicted[i]]);
    }

    private static IEnumerable<int[]> LegalPaths(TagSet tagSet, int n)
    {
        var path = new int[n];
        IEnumerable<int[]> Extend(int i)
        {
            if (i == n)
            {
                if (tagSet.IsAllowedAtEnd(path[n - 1])) yield return (int[])path.Clone();
                yield break;
            }

            for (int j = 0; j < tagSet.Count; j++)
            {
                if (!tagSet.IsAllowed(i == 0 ? -1 : path[i - 1], j)) continue;
                path[i] = j;
                foreach (var p in Extend(i + 1)) yield return p;
            }
        }

        return Extend(0);
    }
}
