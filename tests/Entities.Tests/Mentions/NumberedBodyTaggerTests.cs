using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NumberedBodyTaggerTests
{
    private static readonly NumberedBodyTagger Tagger = new(FrenchResolutionData.ReadWords("numbered-body-acronyms.txt"));

    [Theory]
    [InlineData("Les pompiers du SDIS 29 sont intervenus.", "", "SDIS_29/ORG")]
    [InlineData("Le Samu 35 a envoyé une équipe.", "Samu/ORG", "Samu_35/ORG")]                  // the acronym's mention grows
    [InlineData("La FDSEA 64 proteste.", "FDSEA/LOC", "FDSEA_64/ORG")]
    [InlineData("Le Samu 974 répond.", "", "Samu_974/ORG")]                                       // an overseas département
    [InlineData("Le SDIS 2B recrute.", "", "SDIS_2B/ORG")]                                        // Corsica
    [InlineData("Le SDIS compte 29 volontaires.", "", "")]                                        // no number right after
    [InlineData("Le SDIS 29,5 millions.", "", "")]                                                // a decimal
    [InlineData("Le SDIS 29 % de plus.", "", "SDIS_29/ORG")]                                      // a space before the sign: read
    [InlineData("Le SDIS 29%.", "", "")]                                                          // a percentage
    [InlineData("Le SDIS 96 recrute.", "", "")]                                                   // no such département
    [InlineData("Le SDIS 00 recrute.", "", "")]
    [InlineData("Le SDIS 2023 recrute.", "", "")]                                                 // a year
    [InlineData("La CGT 35 manifeste.", "", "")]                                                  // not in the list
    [InlineData("Le sdis 29 recrute.", "", "")]                                                   // as written
    [InlineData("Au Crédit du SDIS 29 vendredi.", "Crédit_du_SDIS/ORG", "Crédit_du_SDIS/ORG")]    // a mention across the edge: left alone
    public void ReadsABodysAcronymWithItsDepartmentNumber(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("01", true)]
    [InlineData("95", true)]
    [InlineData("2A", true)]
    [InlineData("976", true)]
    [InlineData("20", true)]
    [InlineData("00", false)]
    [InlineData("96", false)]
    [InlineData("977", false)]
    [InlineData("5", false)]
    public void KnowsTheDepartmentNumbers(string number, bool expected) => Assert.Equal(expected, NumberedBodyTagger.IsDepartmentNumber(number));
}
