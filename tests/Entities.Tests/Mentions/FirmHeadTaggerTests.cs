using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class FirmHeadTaggerTests
{
    private static readonly FirmHeadTagger Tagger = new(["Transports", "Boulangerie", "Cycles", "Chantiers", "Agence"]);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Les Transports Girard ont racheté un dépôt.", "Girard/PER", "Transports_Girard/ORG")]
    [InlineData("La Boulangerie Martin ferme ses portes.", "", "Boulangerie_Martin/ORG")]                                             // untagged
    [InlineData("Les Cycles Orvanne licencient. Orvanne emploie deux cents salariés.", "Orvanne/PER Orvanne/PER", "Cycles_Orvanne/ORG Orvanne/ORG")] // the name alone elsewhere
    [InlineData("Les Cycles Orvanne licencient. Orvanne emploie deux cents salariés.", "Orvanne/LOC Orvanne/LOC", "Cycles_Orvanne/ORG Orvanne/ORG")]
    [InlineData("Les Transports Le Goff recrutent des chauffeurs.", "Le_Goff/PER", "Le_Goff/PER")]                                 // a function word after the head
    [InlineData("L'Agence Régionale de Santé recrute des médecins.", "", "")]                                                     // the name goes on
    [InlineData("Les Transports Girard et Fils recrutent des chauffeurs.", "", "")]
    [InlineData("Lire aussi : Les Chantiers De L'Atlantique Recrutent 800 Personnes", "Chantiers_De_L'Atlantique/ORG", "Chantiers_De_L'Atlantique/ORG")]
    [InlineData("Les Transports Girard Sont En Grève", "Girard/PER", "Girard/PER")]                                               // a title-case headline
    [InlineData("Les transports Girard ont racheté un dépôt.", "Girard/PER", "Girard/PER")]                                        // the head in lower case
    [InlineData("Les Transports Jean Paul Girard Martin ont racheté un dépôt.", "", "")]                                         // too many words
    [InlineData("Le patron des Transports Girard, Paul Girard, a parlé.", "Transports_Girard,_Paul/PER", "Transports_Girard,_Paul/PER")] // a mention across the edge
    [InlineData("Le patron des Transports Girard, Paul, a parlé. Girard a démissionné.", "Transports_Girard,_Paul/PER Girard/PER", "Transports_Girard,_Paul/PER Girard/PER")] // nor the name elsewhere then
    public void ReadsATradeNounAndANameAsOneFirm(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    private static readonly FirmHeadTagger FileTagger = new(Entities.French.Resolution.FrenchResolutionData.ReadWords("firm-heads.txt"));

    [Theory]
    [InlineData("Les Brioches Raffin embauchent. Raffin investit dans une ligne.", "Brioches_Raffin/PER Raffin/PER", "Brioches_Raffin/ORG Raffin/ORG")]   // a food trade
    [InlineData("Les Charpentes Guivarch sont condamnées pour travail dissimulé.", "", "Charpentes_Guivarch/ORG")]
    [InlineData("La SAR est une entreprise de Travaux publics depuis longtemps.", "SAR/ORG", "SAR/ORG")]                                            // no name after the noun
    public void ReadsTheTradeNounsOfTheFile(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(FileTagger)));
    }
}
