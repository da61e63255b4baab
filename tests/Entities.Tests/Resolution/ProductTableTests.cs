using Entities.French.Extraction;

namespace Entities.Tests.Resolution;

/// <summary>Products of <c>products.tsv</c> are MISC, never a person, a place or an organization.</summary>
public sealed class ProductTableTests
{
    [Theory]
    [InlineData("Elle a installé Ubuntu sur le portable de son fils.", "Ubuntu")]
    [InlineData("Le Wegovy manque dans les pharmacies de Lyon.", "Wegovy")]
    [InlineData("Sa Toyota Yaris Cross est garée devant la mairie.", "Toyota Yaris Cross")]
    [InlineData("Les candidats de Koh-Lanta sont arrivés hier.", "Koh-Lanta")]
    public void AProductIsMisc(string text, string product)
    {
        var mentions = new FrenchEntityExtractor().ExtractEntities(text).Mentions;
        var mention = Assert.Single(mentions, m => m.Text == product);
        Assert.Equal(EntityLabel.Miscellaneous, mention.Label);
    }

    [Fact]
    public void TheCompanyStaysAnOrganization()
    {
        var mentions = new FrenchEntityExtractor().ExtractEntities("Canonical maintient Ubuntu jusqu'en 2029, selon Marc Dubois.").Mentions;
        Assert.Contains(mentions, m => m.Text == "Ubuntu" && m.Label == EntityLabel.Miscellaneous);
        Assert.Contains(mentions, m => m.Text == "Marc Dubois" && m.Label == EntityLabel.Person);
    }
}
