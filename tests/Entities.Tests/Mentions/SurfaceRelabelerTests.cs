using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class SurfaceRelabelerTests
{
    private static readonly SurfaceRelabeler Demonyms = new(EntityLabel.Miscellaneous, ["Sud-Africains", "Sud-Coréenne", "Français"]);

    [Theory]
    [InlineData("Les Sud-Africains ont voté.", "Sud-Africains", EntityLabel.Location, "Sud-Africains/MISC")]
    [InlineData("Une Sud-Coréenne a gagné.", "Sud-Coréenne", EntityLabel.Person, "Sud-Coréenne/MISC")]
    [InlineData("Les Français votent.", "Français", EntityLabel.Miscellaneous, "Français/MISC")]
    [InlineData("La Suisse vote.", "Suisse", EntityLabel.Location, "Suisse/LOC")]
    [InlineData("Les sud-africains votent.", "sud-africains", EntityLabel.Location, "sud-africains/LOC")]
    public void RelabelsOnlyTheListedSurfaces(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Demonyms)));
    }

    private static readonly SurfaceRelabeler KnownOrganizations = new(EntityLabel.Organization, [EntityLabel.Location], ["Ademe", "Anses"]);

    [Theory]
    [InlineData("Le directeur de l'Ademe a parlé.", "Ademe", EntityLabel.Location, "Ademe/ORG")]
    [InlineData("Selon l'Anses, le produit est sûr.", "Anses", EntityLabel.Person, "Anses/PER")]        // only the labels given change
    [InlineData("Le directeur de l'Ademe a parlé.", "Ademe", EntityLabel.Miscellaneous, "Ademe/MISC")]
    [InlineData("La ville de Brest a voté.", "Brest", EntityLabel.Location, "Brest/LOC")]              // not listed
    public void RelabelsOnlyTheGivenLabels(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(KnownOrganizations)));
    }
}
