using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class MediaNameTaggerTests
{
    private static readonly MediaNameTagger Tagger = new(FrenchResolutionData.ReadWords("media-words.txt"), FrenchResolutionData.ReadWords("connectors.txt").Concat(FrenchResolutionData.ReadWords("media-name-stops.txt")));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Selon la rédaction de Sud Atlantique Info, le festival affiche complet.", "Atlantique/LOC", "Sud_Atlantique_Info/ORG")]
    [InlineData("Photo Inès Barreau / Ouest Matin\n", "Inès_Barreau/PER", "Inès_Barreau/PER Ouest_Matin/ORG")]
    [InlineData("Ouest Matin\n\nLe port a fermé.", "", "Ouest_Matin/ORG")]                                          // a header line
    [InlineData("Lu sur TechActu.fr hier soir.", "", "TechActu.fr/ORG")]
    [InlineData("Les Dernières Infos Sur Le Match De Ce Soir", "", "")]                                                // a headline
    [InlineData("Il a lu les infos du soir.", "", "")]                                                                  // lower case
    [InlineData("Le film « Sugarland Express » sort.", "Sugarland_Express/MISC", "Sugarland_Express/MISC")]             // a quoted work
    [InlineData("Elle lit Ces Infos chaque jour.", "", "")]                                                             // a function word
    public void ReadsNewsSiteNames(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }
}
