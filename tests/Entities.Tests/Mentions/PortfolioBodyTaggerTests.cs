using Entities.French.Data;
using Entities.French.Resolution;
using Entities.French.Tokenization;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PortfolioBodyTaggerTests
{
    private static readonly PortfolioBodyTagger Tagger = new(
        FrenchResolutionData.ReadWords("portfolio-bodies.txt"),
        FrenchResolutionData.ReadWords("portfolios.txt").Select(phrase => FrenchTokenizer.Default.Tokenize(phrase).Select(token => token.GetText(phrase)).ToArray()),
        FrenchWordLists.Demonyms().SelectMany(row => row.Forms));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Le ministère de l'intérieur a annoncé des mesures.", "", "ministère_de_l'intérieur/ORG")]
    [InlineData("Le ministère de l’Intérieur a annoncé des mesures.", "Intérieur/LOC", "ministère_de_l’Intérieur/ORG")]     // typographic apostrophe, a piece replaced
    [InlineData("Selon le ministère de la santé publique, tout va bien.", "", "ministère_de_la_santé_publique/ORG")]      // the longest portfolio
    [InlineData("Le ministère de l'économie et des finances publie ses chiffres.", "", "ministère_de_l'économie_et_des_finances/ORG")]
    [InlineData("Le ministère de l'Europe et des Affaires étrangères répond.", "Europe/LOC", "ministère_de_l'Europe_et_des_Affaires_étrangères/ORG")]
    [InlineData("Le ministère de la Santé et de l'Accès aux soins répond.", "ministère_de_la_Santé_et_de_l'Accès/ORG", "ministère_de_la_Santé_et_de_l'Accès_aux_soins/ORG")]
    [InlineData("Le ministère du Travail, de la Santé, des Solidarités et des Familles répond.", "", "ministère_du_Travail,_de_la_Santé,_des_Solidarités_et_des_Familles/ORG")]
    [InlineData("Le ministère russe de la défense dément.", "", "ministère_russe_de_la_défense/ORG")]                      // a nationality between
    [InlineData("La commission des lois a rejeté le texte.", "", "commission_des_lois/ORG")]
    [InlineData("MINISTÈRE DE LA GUERRE", "", "MINISTÈRE_DE_LA_GUERRE/ORG")]
    [InlineData("Le ministère de l'Économie et des Finances a tranché.", "ministère_de_l'Économie_et_des_Finances/ORG", "ministère_de_l'Économie_et_des_Finances/ORG")]
    [InlineData("Il faut créer une commission des finances locale.", "", "")]                                            // a kind of body
    [InlineData("La commission d'enquête a rendu son rapport.", "", "")]                                                 // no portfolio
    [InlineData("Le ministère public a requis deux ans.", "", "")]
    [InlineData("Le ministre de l'intérieur a parlé.", "", "")]                                                          // a person's title
    [InlineData("Les ministères de la justice et de l'intérieur.", "", "")]                                             // plural
    [InlineData("Le ministère de la Justice de Pologne répond.", "ministère_de_la_Justice_de_Pologne/ORG", "ministère_de_la_Justice_de_Pologne/ORG")]   // a longer name kept
    [InlineData("Le ministère de la défense. Nationale, la route.", "", "ministère_de_la_défense/ORG")]                  // within one sentence
    public void ReadsBodiesNamedByTheirPortfolio(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void RejectsAnEmptyPortfolio() =>
        Assert.Throws<ArgumentException>(() => new PortfolioBodyTagger(["ministère"], [Array.Empty<string>()], []));

    [Fact]
    public void EveryPortfolioOfTheTableStartsWithAPreposition()
    {
        foreach (string phrase in FrenchResolutionData.ReadWords("portfolios.txt"))
        {
            Assert.True(phrase.StartsWith("de ", StringComparison.Ordinal) || phrase.StartsWith("du ", StringComparison.Ordinal) || phrase.StartsWith("des ", StringComparison.Ordinal), phrase);
            Assert.Equal(phrase.ToLowerInvariant(), phrase);
        }
    }
}
