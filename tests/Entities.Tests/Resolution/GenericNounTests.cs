using Entities.French.Extraction;

namespace Entities.Tests.Resolution;

/// <summary>Capitalized common nouns of institutions name no entity alone; a longer name keeps them.</summary>
public sealed class GenericNounTests
{
    [Theory]
    [InlineData("Quel est l'avis du Gouvernement ? Avis défavorable.", "")]
    [InlineData("L'État paiera la facture, a promis le ministre.", "")]
    [InlineData("Le Gouvernement du Québec a répondu.", "Gouvernement du Québec/ORG")]
    [InlineData("Mon Dieu, soupira Mme Morel, que faire ?", "Morel/PER")]                  // God names no entity of the text
    [InlineData("L'abbé pria Dieu pour le village de Chinon.", "Chinon/LOC")]
    [InlineData("Il rentrera à Pâques chez sa mère, à Rennes.", "Rennes/LOC")]        // a feast
    public void AGenericNounAloneIsNoMention(string text, string expected)
    {
        var mentions = new FrenchEntityExtractor().ExtractEntities(text).Mentions;
        Assert.Equal(expected, string.Join(" ", mentions.Select(m => m.Text + "/" + EntityLabels.ToCode(m.Label))));
    }
}
