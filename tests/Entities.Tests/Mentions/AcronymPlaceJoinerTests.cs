using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class AcronymPlaceJoinerTests
{
    private static readonly AcronymPlaceJoiner Joiner = new(["sommet", "match"]);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("L'ARS Nouvelle-Aquitaine a promis des renforts.", "ARS/ORG Nouvelle-Aquitaine/LOC", "ARS_Nouvelle-Aquitaine/ORG")]
    [InlineData("Le PSV Eindhoven a gagné.", "PSV/ORG Eindhoven/LOC", "PSV_Eindhoven/ORG")]
    [InlineData("La CFDT Bretagne et la CGT appellent.", "CFDT/ORG Bretagne/LOC CGT/ORG", "CFDT_Bretagne/ORG CGT/ORG")]
    [InlineData("L'ARS, Nouvelle-Aquitaine comprise, promet.", "ARS/ORG Nouvelle-Aquitaine/LOC", "ARS/ORG Nouvelle-Aquitaine/LOC")]     // a comma between
    [InlineData("L'ARS de Nouvelle-Aquitaine promet.", "ARS/ORG Nouvelle-Aquitaine/LOC", "ARS/ORG Nouvelle-Aquitaine/LOC")]           // a word between
    [InlineData("Le groupe Renault Flins recrute.", "Renault/ORG Flins/LOC", "Renault/ORG Flins/LOC")]                                  // no acronym
    [InlineData("GRÈVE À LA SNCF PARIS", "SNCF/ORG PARIS/LOC", "SNCF/ORG PARIS/LOC")]                                                   // a headline in capitals
    [InlineData("Le PSG Lyon est reporté.", "PSG/ORG Lyon/ORG", "PSG/ORG Lyon/ORG")]                                                    // not a place
    [InlineData("Le sommet UE Japon est reporté.", "UE/ORG Japon/LOC", "UE/ORG Japon/LOC")]                                             // after a pair noun
    [InlineData("Le MATCH PSG Marseille.", "PSG/ORG Marseille/LOC", "PSG/ORG Marseille/LOC")]
    public void AnAcronymAndThePlaceAfterItAreOneOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Joiner)));
    }

    [Fact]
    public void TheOrganizationKeepsTheLowerScore()
    {
        var input = new RefinerInput("Le PSV Eindhoven a gagné.")
            .Add(new EntityMention(3, 6, "PSV", EntityLabel.Organization, 0.9, null))
            .Add(new EntityMention(7, 16, "Eindhoven", EntityLabel.Location, 0.6, null));
        Assert.Equal(0.6, Assert.Single(input.Run(Joiner)).Score);
    }
}
