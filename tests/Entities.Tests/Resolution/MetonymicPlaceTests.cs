using Entities.French.Extraction;
using Entities.French.Ner;

namespace Entities.Tests.Resolution;

/// <summary>Buildings that stand for an institution are places, as the metonymy convention wants (literal type).</summary>
public sealed class MetonymicPlaceTests
{
    [Fact]
    public void TheBuildingsAreListedAsPlacesAndTheDepartmentIsNot()
    {
        var names = FrenchNerResources.MetonymicPlaceNames;
        Assert.Contains("Matignon", names);
        Assert.Contains("Élysée", names);
        Assert.Contains("Kremlin", names);
        Assert.Contains("Bercy", names);
        Assert.DoesNotContain("Pentagone", names);   // one entry with the Department of Defense: an organization
    }

    [Theory]
    [InlineData("À Matignon, on assure que tout est prêt.", "Matignon")]
    [InlineData("Le Kremlin affirme n'avoir visé que des cibles militaires.", "Kremlin")]
    [InlineData("Le Quai d'Orsay a convoqué l'ambassadeur.", "Quai d'Orsay")]
    public void ExtractionLabelsThemAsPlaces(string text, string name)
    {
        var mention = Assert.Single(new FrenchEntityExtractor().ExtractEntities(text).Mentions, m => m.Text == name);
        Assert.Equal(EntityLabel.Location, mention.Label);
    }
}
