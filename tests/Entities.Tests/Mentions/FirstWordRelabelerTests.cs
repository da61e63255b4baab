using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class FirstWordRelabelerTests
{
    private static readonly FirstWordRelabeler Relabeler = new(EntityLabel.Organization, [EntityLabel.Location], FrenchResolutionData.ReadWords("organization-only-heads.txt"));

    [Theory]
    [InlineData("Il est soigné au CHU de Grenoble.", "CHU de Grenoble", EntityLabel.Location, "CHU de Grenoble/ORG")]
    [InlineData("La Banque de France publie.", "Banque de France", EntityLabel.Location, "Banque de France/ORG")]
    [InlineData("Le Centre Pompidou ouvre.", "Centre Pompidou", EntityLabel.Location, "Centre Pompidou/LOC")]                 // a venue head
    [InlineData("La Confédération suisse vote.", "Confédération suisse", EntityLabel.Location, "Confédération suisse/LOC")]
    [InlineData("Le Conseil a voté.", "Conseil", EntityLabel.Location, "Conseil/LOC")]                                       // one word
    [InlineData("Chambre Dupont parle.", "Chambre Dupont", EntityLabel.Person, "Chambre Dupont/PER")]                         // only places
    public void AnOrganizationsHeadMakesAnOrganization(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Relabeler)));
    }
}
