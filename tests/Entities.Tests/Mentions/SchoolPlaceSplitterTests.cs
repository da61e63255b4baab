using Entities.French.Resolution;
using Entities.French.Tokenization;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class SchoolPlaceSplitterTests
{
    private static readonly SchoolPlaceSplitter Splitter = new(
        FrenchResolutionData.ReadWords("named-school-heads.txt").Select(phrase => FrenchTokenizer.Default.Tokenize(phrase).Select(token => token.GetText(phrase)).ToArray()));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Il enseigne au lycée Paul-Éluard de Saint-Denis.", "lycée_Paul-Éluard_de_Saint-Denis/ORG", "lycée_Paul-Éluard/ORG Saint-Denis/LOC")]
    [InlineData("Le Collège Jean-Moulin d'Arles ferme.", "Collège_Jean-Moulin_d'Arles/ORG", "Collège_Jean-Moulin/ORG Arles/LOC")]
    [InlineData("Le groupe scolaire Jules-Ferry du Havre ouvre.", "groupe_scolaire_Jules-Ferry_du_Havre/ORG", "groupe_scolaire_Jules-Ferry/ORG Havre/LOC")]
    [InlineData("Il a étudié à l'école de Paris.", "école_de_Paris/ORG", "école_de_Paris/ORG")]                                        // no school name
    [InlineData("Il a étudié au lycée Louis-le-Grand.", "lycée_Louis-le-Grand/ORG", "lycée_Louis-le-Grand/ORG")]                      // no town
    [InlineData("Il enseigne au lycée Paul-Éluard de la ville.", "lycée_Paul-Éluard_de_la_ville/ORG", "lycée_Paul-Éluard_de_la_ville/ORG")] // no place
    [InlineData("Il enseigne au lycée Paul-Éluard de Saint-Denis.", "lycée_Paul-Éluard_de_Saint-Denis/LOC", "lycée_Paul-Éluard_de_Saint-Denis/LOC")] // organizations only
    public void SplitsANamedSchoolFromItsTown(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Splitter)));
    }
}
