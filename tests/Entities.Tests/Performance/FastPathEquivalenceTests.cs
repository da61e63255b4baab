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
