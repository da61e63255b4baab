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

    private static readonly FirstWordRelabeler Places = new(
        EntityLabel.Location, [EntityLabel.Organization, EntityLabel.Person], FrenchResolutionData.ReadWords("place-heads.tsv").Select(line => line.Split('\t')[0]));

    [Theory]
    [InlineData("Réunion à l'hôtel Matignon ce soir.", "hôtel Matignon", EntityLabel.Organization, "hôtel Matignon/LOC")]
    [InlineData("Il traverse le pont Alexandre-III.", "pont Alexandre-III", EntityLabel.Person, "pont Alexandre-III/LOC")]
    [InlineData("Le Pont Neuf Group recrute.", "Pont Neuf Group", EntityLabel.Organization, "Pont Neuf Group/ORG")]     // heads are lower case
    [InlineData("Le prix de la rue Cambon.", "rue Cambon", EntityLabel.Miscellaneous, "rue Cambon/MISC")]              // MISC is not among the labels
    public void APlacesHeadMakesAPlace(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Places)));
    }
}
