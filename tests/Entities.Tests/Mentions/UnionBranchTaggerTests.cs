using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class UnionBranchTaggerTests
{
    private static readonly UnionBranchTagger Tagger = new(
        FrenchResolutionData.ReadWords("union-confederations.txt"),
        ["justice", "banques", "assurances", "métaux", "marie", "appelle"],
        word => word is "Marie");

    [Theory]
    [InlineData("Le syndicat FO Justice dénonce la réforme.", "FO/ORG", "FO_Justice/ORG")]
    [InlineData("La CFDT Banques et Assurances signe l'accord.", "CFDT/ORG", "CFDT_Banques_et_Assurances/ORG")]
    [InlineData("La CFDT Banques Assurances signe l'accord.", "CFDT/ORG", "CFDT_Banques_Assurances/ORG")]                  // two sector words
    [InlineData("La CFDT Banques et Assurances signe l'accord.", "CFDT/ORG Assurances/LOC", "CFDT_Banques_et_Assurances/ORG")]   // a mention inside: replaced
    [InlineData("La CGT Renault proteste contre le plan.", "CGT/ORG Renault/ORG", "CGT/ORG Renault/ORG")]                   // no ordinary word
    [InlineData("Selon la CGT Marie Dupont, déléguée, la grève tient.", "CGT/ORG Marie_Dupont/PER", "CGT/ORG Marie_Dupont/PER")]   // a given name
    [InlineData("Grève : La CGT Appelle À Manifester", "CGT/ORG", "CGT/ORG")]                                               // a title-case headline
    [InlineData("La CGT justice proteste contre le plan.", "CGT/ORG", "CGT/ORG")]                                           // lower case
    [InlineData("Le SNUDI-FO appelle à la grève demain.", "SNUDI-FO/LOC", "SNUDI-FO/ORG")]                                  // a hyphenated union
    [InlineData("Le FO-DGFiP appelle à la grève demain.", "FO-DGFiP/PER", "FO-DGFiP/ORG")]
    [InlineData("Il habite le Sud-Ouest depuis mai.", "Sud-Ouest/LOC", "Sud-Ouest/LOC")]                                   // a compass name
    [InlineData("La CGT Métaux de Lyon appelle.", "CGT/ORG", "CGT_Métaux/ORG")]
    public void ReadsAConfederationsBranchAsOneOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    private static readonly UnionBranchTagger Adjectives = new(
        FrenchResolutionData.ReadWords("union-confederations.txt"),
        ["finances", "services", "santé", "action"],
        _ => false,
        FrenchResolutionData.ReadWords("union-sector-adjectives.txt"));

    [Theory]
    [InlineData("La CGT Finances publiques appelle à la grève.", "CGT/ORG", "CGT_Finances_publiques/ORG")]         // a lower-case adjective ends the sector
    [InlineData("La CGT Santé Action sociale signe.", "CGT/ORG", "CGT_Santé_Action_sociale/ORG")]
    [InlineData("La CGT Finances appelle à la grève.", "CGT/ORG", "CGT_Finances/ORG")]                              // no adjective
    [InlineData("La CGT publiques appelle.", "CGT/ORG", "CGT/ORG")]                                                 // no sector before it
    public void ASectorMayEndWithALowerCaseAdjective(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Adjectives)));
    }
}
