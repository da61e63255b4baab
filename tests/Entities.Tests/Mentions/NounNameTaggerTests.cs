using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NounNameTaggerTests
{
    private static readonly NounNameTagger Tagger = new(FrenchResolutionData.ReadWords("organization-nouns.txt"));

    [Theory]
    [InlineData("(Applaudissements sur les bancs du groupe SOC.)", "", "SOC/ORG")]
    [InlineData("(Applaudissements sur les bancs du groupe LFI-NFP.)", "", "LFI-NFP/ORG")]
    [InlineData("Il siège au groupe Les Républicains depuis mai.", "Républicains/ORG", "Républicains/ORG")]     // a mention inside: left alone
    [InlineData("Le parti Horizons tient congrès.", "Horizons/PER", "Horizons/ORG")]
    [InlineData("L'enseigne Carrefour ferme un magasin.", "", "Carrefour/ORG")]
    [InlineData("Le groupe de M. Dupont vote.", "Dupont/PER", "Dupont/PER")]                                 // a lower-case word between
    [InlineData("Le groupe Renault Trucks Defense recrute.", "Renault_Trucks_Defense/ORG", "Renault_Trucks_Defense/ORG")]
    [InlineData("Le groupe, Renault en tête, recrute.", "Renault/ORG", "Renault/ORG")]
    [InlineData("Le Groupe Renault recrute.", "", "")]                                                       // the noun as written
    public void ANameAfterAnOrganizationNounIsAnOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }
}
