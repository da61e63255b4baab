using Entities.French.Tokenization;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class BareNameTaggerTests
{
    private static readonly BareNameTagger Tagger = new(
        ["Carrefour", "Renaissance", "Feu Vert", "Action"], EntityLabel.Organization, FrenchTokenizer.Default,
        Entities.French.Resolution.FrenchResolutionData.ReadWords("bare-name-determiners.txt"));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Quant à Renaissance, elle s'est tue.", "", "Renaissance/ORG")]
    [InlineData("Il a travaillé dans l'entrepôt d'Action près de Lille.", "Lille/LOC", "Action/ORG Lille/LOC")]
    [InlineData("Ils ont acheté des pneus chez Feu Vert samedi.", "", "Feu_Vert/ORG")]                                 // several words
    [InlineData("Renaissance a voté contre le texte.", "", "")]                                                          // the sentence's first word
    [InlineData("Ce fut la Renaissance des arts.", "", "")]                                                              // after a determiner
    [InlineData("Il peint dans l ' Action des ombres.", "", "")]                                                          // an elided article apart (old print)
    [InlineData("Le lieu-dit Carrefour de l'Arbre attend les coureurs.", "", "")]                                        // a capitalized word before
    [InlineData("Rendez-vous au rond-point, puis Carrefour Market à droite.", "", "")]                                   // a capitalized word after
    [InlineData("Voir aussi — Renaissance des villes.", "", "")]                                                         // after a dash
    [InlineData("Il a parlé de Renaissance Sport hier.", "Renaissance_Sport/ORG", "Renaissance_Sport/ORG")]               // already tagged
    [InlineData("Les Salariés De Carrefour En Grève", "", "")]                                                           // a title-case headline
    public void TagsANameThatIsAlsoAWordWhereItsWritingShowsAName(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void TheArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => new BareNameTagger(null!, EntityLabel.Organization, FrenchTokenizer.Default, []));
        Assert.Throws<ArgumentNullException>(() => new BareNameTagger([], EntityLabel.Organization, null!, []));
        Assert.Throws<ArgumentNullException>(() => new BareNameTagger([], EntityLabel.Organization, FrenchTokenizer.Default, null!));
    }
}
