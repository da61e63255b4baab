using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Training;

/// <summary>Word dropout must find the identity features among those <see cref="FeatureExtractor"/> computes.</summary>
public sealed class IdentityFeaturesTests
{
    [Theory]
    [InlineData("Marie Dupont habite à Saint-Étienne .")]
    [InlineData("L’ OTAN siège à Bruxelles")]
    public void IdentityHashesAreExtractedFeatures(string sentence)
    {
        var tokens = sentence.Split(' ');
        var workspace = new FeatureExtractor.Workspace();
        FeatureExtractor.Extract(tokens, new FeatureConfiguration(), workspace);
        Span<ulong> identity = stackalloc ulong[IdentityFeatures.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            var extracted = workspace.Features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, workspace.Counts[i]).ToArray();
            IdentityFeatures.Of(tokens[i], i, identity);
            Assert.Contains(identity[0], extracted);
            Assert.Contains(identity[1], extracted);
            if (char.IsUpper(tokens[i][0])) Assert.Contains(identity[2], extracted);
            else Assert.Equal(0UL, identity[2]);
        }
    }

    [Fact]
    public void DifferentWordsHaveDifferentIdentities()
    {
        Span<ulong> a = stackalloc ulong[IdentityFeatures.Count], b = stackalloc ulong[IdentityFeatures.Count];
        IdentityFeatures.Of("Lyon", 3, a);
        IdentityFeatures.Of("Lille", 3, b);
        for (int j = 0; j < IdentityFeatures.Count; j++) Assert.NotEqual(a[j], b[j]);
    }
}
