using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NationalityCodeTaggerTests
{
    private static readonly NationalityCodeTagger Tagger = new(FrenchResolutionData.ReadWords("sports-country-codes.txt"));

    [Theory]
    [InlineData("2. Brenner (All) à 12\".", "Brenner/PER", "Brenner/PER All/LOC")]
    [InlineData("3. Van der Stel (P-B/TVM) à 1'.", "Van_der_Stel/PER", "Van_der_Stel/PER P-B/LOC TVM/ORG")]
    [InlineData("4. Keller(GER) à 2'.", "Keller/PER", "Keller/PER GER/LOC")]                                                          // no space before the bracket
    [InlineData("Marc Morel (Fra/équipe de France) gagne.", "Marc_Morel/PER", "Marc_Morel/PER")]                                      // a team in lower case
    [InlineData("Marc Morel (All) gagne.", "Marc_Morel/LOC", "Marc_Morel/LOC")]                                                       // no person before
    [InlineData("Marc Morel (Allemand) gagne.", "Marc_Morel/PER", "Marc_Morel/PER")]                                                  // not a code
    [InlineData("Marc Morel (Fra, 24 ans) gagne.", "Marc_Morel/PER", "Marc_Morel/PER")]                                               // more in the bracket
    public void ReadsTheCodeAndTheTeamAfterACompetitor(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void ReplacesTheTaggersOnePlaceOverTheBracket()
    {
        var input = new RefinerInput("1. Iñaki Rosales (Esp/Kelme) 4 h 51'.").With("Iñaki Rosales", EntityLabel.Person).With("Esp/Kelme", EntityLabel.Location);
        Assert.Equal(["Iñaki Rosales/PER", "Esp/LOC", "Kelme/ORG"], input.Render(input.Run(Tagger)));
    }

    [Fact]
    public void NullCodesAreRejected() => Assert.Throws<ArgumentNullException>(() => new NationalityCodeTagger(null!));
}
