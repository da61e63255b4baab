using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class AddresseeRelabelerTests
{
    private static readonly AddresseeRelabeler Relabeler = new(FrenchResolutionData.ReadWords("addressee-verbs.txt"), name => name is "Libération" or "Paris");

    [Theory]
    [InlineData("« Partons », dit-il à Athos.", "Athos/LOC", "Athos/PER")]
    [InlineData("« Viendrez-vous ? » demanda-t-elle à Consuelo.", "Consuelo/ORG", "Consuelo/PER")]
    [InlineData("« Et toi ? » demanda Rasseneur à Souvarine.", "Rasseneur/PER Souvarine/LOC", "Rasseneur/PER Souvarine/PER")]   // the speaker named
    [InlineData("« C'est fini », explique-t-il à Libération.", "Libération/ORG", "Libération/ORG")]                                 // a known name
    [InlineData("« Et que fit Imma à Ateca ? »", "Imma/LOC Ateca/LOC", "Imma/LOC Ateca/LOC")]                                      // no person speaking
    [InlineData("Il habite à Ateca depuis mai.", "Ateca/LOC", "Ateca/LOC")]                                                         // no incise
    [InlineData("« Partons », dit-il à Saint Malo.", "Saint_Malo/LOC", "Saint_Malo/LOC")]                                          // several words
    public void TheOneAddressedInASpeechInciseIsAPerson(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }
}
