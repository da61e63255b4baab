using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class FirmNameExtenderTests
{
    private static readonly FirmNameExtender Extender = new(["Services", "Automotive", "Habitat", "SA"]);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Le bailleur Provence Habitat Services recrute.", "Provence/LOC", "Provence_Habitat_Services/ORG")]
    [InlineData("Le groupe Kessler Automotive ferme.", "Kessler/PER", "Kessler_Automotive/ORG")]
    [InlineData("Le groupe Kessler Automotive ferme.", "Kessler/PER Automotive/LOC", "Kessler_Automotive/ORG")]          // a mention inside
    [InlineData("Paris Habitat Services SA loue.", "Paris/LOC", "Paris_Habitat_Services/ORG")]                           // two words at most
    [InlineData("Il vit à Lyon Services compris.", "Lyon/LOC", "Lyon_Services/ORG")]
    [InlineData("Il vit à Lyon, Services publics.", "Lyon/LOC", "Lyon/LOC")]                                             // a comma
    [InlineData("Il vit à Lyon  Services.", "Lyon/LOC", "Lyon/LOC")]                                                     // two spaces
    [InlineData("Le film Kessler Automotive sort.", "Kessler/MISC", "Kessler/MISC")]                                     // MISC stays
    [InlineData("Le groupe Kessler Auto Parts ferme.", "Kessler/PER", "Kessler/PER")]                                    // no firm word
    public void ReadsAFirmEndingWithAFirmWord(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Extender)));
    }

    private static readonly FirmNameExtender Venues = new(["Arena", "Stadium"], EntityLabel.Location);

    [Theory]
    [InlineData("Le match se joue à la LDLC Arena samedi.", "LDLC/ORG", "LDLC_Arena/LOC")]      // a sponsor's name before a venue's word
    [InlineData("Rendez-vous au Lumen Stadium.", "Lumen/PER", "Lumen_Stadium/LOC")]
    [InlineData("Le match se joue à la LDLC arena samedi.", "LDLC/ORG", "LDLC/ORG")]             // the word as written
    public void ReadsAPlaceEndingWithAVenuesWord(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Venues)));
    }
}
