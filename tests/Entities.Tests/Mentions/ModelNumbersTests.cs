using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Tokenization;

namespace Entities.Tests.Mentions;

public sealed class ModelNumbersTests
{
    [Theory]
    [InlineData("la RN 88 est coupée", "RN", true)]
    [InlineData("le microprocesseur Motorola 6800", "Motorola", true)]
    [InlineData("le CAC 40 recule", "CAC", true)]
    [InlineData("Motorola 2024 fut faste", "Motorola", false)]   // a year
    [InlineData("LVMH 1,8 % en baisse", "LVMH", false)]          // a figure
    [InlineData("Kering 4 % en baisse", "Kering", false)]        // a percentage
    [InlineData("le RN88 est coupé", "RN88", false)]             // nothing after
    [InlineData("le RN, 88 voix", "RN", false)]                  // not one space apart
    [InlineData("le RN vote", "RN", false)]
    public void ANumberAfterANameMakesItAModel(string text, string name, bool expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        int index = tokens.Select((t, i) => (t, i)).First(p => p.t.GetText(text) == name).i;
        Assert.Equal(expected, ModelNumbers.Follows(text, TokenLookup.AsSpan(tokens), index + 1, tokens.Count));
    }
}
