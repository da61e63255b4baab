using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class DemonymNameSplitterTests
{
    private static readonly DemonymNameSplitter Splitter = new(
        ["Italien", "Italiens", "Néerlandais", "Britannique", "Américaine", "Suisse"],
        ["Italiens", "Néerlandais"],
        ["le", "la", "l'", "les", "du", "un"],
        name => name is "BP",
        name => name is "Genève" or "Italien Genève");

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Il a battu l'Italien Brambilla au sprint.", "Italien_Brambilla/LOC", "Italien/MISC Brambilla/PER")]
    [InlineData("Il a battu l’Italien Brambilla au sprint.", "Italien_Brambilla/LOC", "Italien/MISC Brambilla/PER")]              // typographic apostrophe
    [InlineData("Le rachat par le Britannique BP est conclu.", "Britannique_BP/LOC", "Britannique/MISC BP/ORG")]                     // a known organization
    [InlineData("La victoire de l'Américaine Jane Doe.", "Américaine_Jane_Doe/PER", "Américaine/MISC Jane_Doe/PER")]
    [InlineData("Il a battu l'Italien Brambilla au sprint.", "Brambilla/LOC", "Brambilla/PER")]                                     // the noun outside the span
    [InlineData("Il a battu l'Italien Brambilla au sprint.", "Italien/MISC Brambilla/LOC", "Italien/MISC Brambilla/PER")]
    [InlineData("Devant les Néerlandais Gerritsen et Smit.", "Néerlandais_Gerritsen/LOC Smit/LOC", "Néerlandais/MISC Gerritsen/PER Smit/PER")] // plural: the coordinated name
    [InlineData("Devant l'Italien Gerritsen et Smit.", "Italien_Gerritsen/LOC Smit/LOC", "Italien/MISC Gerritsen/PER Smit/LOC")]     // singular: one name
    [InlineData("Il a battu Italien Brambilla au sprint.", "Italien_Brambilla/LOC", "Italien_Brambilla/LOC")]                      // no article
    [InlineData("Il rentre de l'Italien Genève.", "Italien_Genève/LOC", "Italien_Genève/LOC")]                                      // a known place
    [InlineData("Il a vu l'Italien Genève.", "Genève/LOC", "Genève/LOC")]                                                           // a known place after the noun
    [InlineData("Il a vu l'Italien à Milan.", "Italien/MISC Milan/LOC", "Italien/MISC Milan/LOC")]                                 // not right after the noun
    [InlineData("Il a vu l'Italien Brambilla.", "Brambilla/ORG", "Brambilla/ORG")]                                                  // outside the span, only places are read again
    [InlineData("Les Italiens de Turin gagnent.", "Italiens_de_Turin/ORG", "Italiens_de_Turin/ORG")]                                // no capitalized word after the noun
    public void ReadsANationalityNounBeforeAName(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Splitter)));
    }
}
