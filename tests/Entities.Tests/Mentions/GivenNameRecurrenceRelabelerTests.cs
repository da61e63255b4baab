using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class GivenNameRecurrenceRelabelerTests
{
    private static readonly GivenNameRecurrenceRelabeler Relabeler = new(FrenchResolutionData.GivenNames, name => name == "Florence");

    [Theory]
    [InlineData("Chelsea_Clinton/PER Chelsea/ORG", "Chelsea Clinton est arrivée. Chelsea a parlé.", "Chelsea_Clinton/PER Chelsea/PER")]
    [InlineData("Chelsea/ORG Chelsea_Clinton/PER", "Chelsea a parlé. Chelsea Clinton est arrivée.", "Chelsea/PER Chelsea_Clinton/PER")]   // before the full name too
    [InlineData("Chelsea/ORG", "Chelsea a gagné le match.", "Chelsea/ORG")]                                                                  // no person of that name
    [InlineData("Florence_Parly/PER Florence/LOC", "Florence Parly a visité Florence.", "Florence_Parly/PER Florence/LOC")]                   // a known place
    [InlineData("Nancy_Pelosi/PER Nancy/ORG", "Nancy Pelosi a été reçue à Nancy.", "Nancy_Pelosi/PER Nancy/ORG")]                           // after a preposition of place
    [InlineData("Durand_Frères/PER Durand/ORG", "Durand Frères a vendu. Durand a signé.", "Durand_Frères/PER Durand/ORG")]                  // no given name
    public void AGivenNameAloneTakesThePersonsLabel(string specs, string text, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }
}
