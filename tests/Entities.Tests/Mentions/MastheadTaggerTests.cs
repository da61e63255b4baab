using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class MastheadTaggerTests
{
    private static readonly MastheadTagger Tagger = new(
        ["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "en", "&"],
        name => name is "Accueil" or "Politique" or "Morlaix");

    [Theory]
    [InlineData("Littoral 29 · L'info du Finistère\nAccueil › Mer\n\nLe port rouvre.", "", "Littoral_29/ORG")]                  // a separator after the name
    [InlineData("Côte Ouest Éco — L'actualité des entreprises\n\nLe port rouvre.", "Côte_Ouest/LOC", "Côte_Ouest_Éco/ORG")]      // a mention inside: replaced
    [InlineData("BasketBreizh\nHome · News · Sign in\n\nLe club gagne.", "BasketBreizh/PER", "BasketBreizh/ORG")]                 // a menu line under it
    [InlineData("By Jonathan Keller · 5 min read\n\nLe club gagne.", "Jonathan_Keller/PER", "Jonathan_Keller/PER")]              // a byline: a person after the first word
    [InlineData("Le Carnet de Maël\nAccueil › Recettes › Balades\n\nUne crêpe.", "", "Le_Carnet_de_Maël/ORG")]
    [InlineData("Accueil › Sports › Voile\n\nLe skipper arrive.", "", "")]                                                      // a menu's first item
    [InlineData("Politique · Société · Culture\n\nLe vote a lieu.", "", "")]
    [InlineData("Morlaix · Brest · Quimper\n\nLe port rouvre.", "Morlaix/LOC", "Morlaix/LOC")]                                   // a place
    [InlineData("LES GRÈVES\n\nLes ouvriers de Lyon ont cessé le travail.", "", "")]                                           // a rubric in capitals
    [InlineData("Section du Pré-Saint-Gervais. — La réunion aura lieu mardi.\nSuite.", "", "")]                                // an old paper's run-in head
    [InlineData("Grève au port de Brest\n\nLes dockers ont cessé le travail.", "Brest/LOC", "Brest/LOC")]                     // a headline, no page
    [InlineData("Le port rouvre · Les dockers reprennent le travail à Brest.\nSuite.", "Brest/LOC", "Brest/LOC")]             // lower-case words
    public void ReadsAWebPagesMastheadAsAnOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new MastheadTagger(null!, _ => false));
        Assert.Throws<ArgumentNullException>(() => new MastheadTagger([], null!));
    }
}
