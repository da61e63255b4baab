using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CompanyPlaceSplitterTests
{
    private static readonly HashSet<string> Places = ["Douai", "Valenciennes", "Marseille", "Saint-Nazaire", "Paris"];

    private static readonly CompanyPlaceSplitter Splitter = new(
        ["Renault", "Airbus", "L'Oréal", "Olympique"], Places.Contains, name => name == "Olympique de Marseille");

    [Theory]
    [InlineData("L'usine Renault de Douai ferme.", "Renault de Douai", EntityLabel.Organization, "Renault/ORG|Douai/LOC")]
    [InlineData("L'usine Renault de Douai ferme.", "Renault de Douai", EntityLabel.Person, "Renault/ORG|Douai/LOC")]           // whatever the label
    [InlineData("Le site Airbus de Saint-Nazaire recrute.", "Airbus de Saint-Nazaire", EntityLabel.Location, "Airbus/ORG|Saint-Nazaire/LOC")]
    [InlineData("Le site L’Oréal de Paris recrute.", "L’Oréal de Paris", EntityLabel.Organization, "L’Oréal/ORG|Paris/LOC")]       // typographic apostrophe
    [InlineData("L'usine Renault de Flins ferme.", "Renault de Flins", EntityLabel.Organization, "Renault de Flins/ORG")]        // a place not known
    [InlineData("Le club Olympique de Marseille gagne.", "Olympique de Marseille", EntityLabel.Organization, "Olympique de Marseille/ORG")] // a known name whole
    [InlineData("Louis Renault de Douai arrive.", "Louis Renault de Douai", EntityLabel.Person, "Louis Renault de Douai/PER")]    // no company before de
    [InlineData("L'usine Renault de Douai ferme.", "Renault de Douai", EntityLabel.Miscellaneous, "Renault/ORG|Douai/LOC")]      // read as a product: split too
    [InlineData("Le site Airbus de Saint-Nazaire ferme.", "Airbus de Saint-Nazaire", EntityLabel.Miscellaneous, "Airbus/ORG|Saint-Nazaire/LOC")]
    public void SplitsAKnownCompanyFromAKnownPlaceOfItsSite(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(Splitter)));
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new CompanyPlaceSplitter(null!, _ => true, _ => false));
        Assert.Throws<ArgumentNullException>(() => new CompanyPlaceSplitter([], null!, _ => false));
        Assert.Throws<ArgumentNullException>(() => new CompanyPlaceSplitter([], _ => true, null!));
    }
}
