using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ForeignArticleTrimmerTests
{
    private static readonly ForeignArticleTrimmer Trimmer = new(FrenchAliasTable.Default, FrenchResolutionData.ReadWords("foreign-articles.txt"));

    [Theory]
    [InlineData("« The World Health Organization is broke », dit-il.", "The World Health Organization", EntityLabel.Organization, "World Health Organization/ORG")]
    [InlineData("« The United Nations cannot do this alone. »", "The United Nations", EntityLabel.Organization, "United Nations/ORG")]
    [InlineData("« The Unknown Fund is broke », dit-il.", "The Unknown Fund", EntityLabel.Organization, "The Unknown Fund/ORG")]       // the rest is unknown
    [InlineData("« The World Health Organization », dit-il.", "The World Health Organization", EntityLabel.Person, "The World Health Organization/PER")] // a person keeps its span
    [InlineData("Le chanteur de The Cure joue ce soir.", "The Cure", EntityLabel.Organization, "The Cure/ORG")]                      // not a table name
    public void LeavesTheArticleOutOfAKnownName(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Trimmer)));
    }

    [Fact]
    public void ADocumentWithoutArticlesIsReturnedAsIs()
    {
        var input = new RefinerInput("L'OMS et l'ONU à Genève.").With("OMS", EntityLabel.Organization).With("ONU", EntityLabel.Organization);
        Assert.Same(input.Mentions, input.Run(Trimmer));
    }

    [Fact]
    public void TheFrenchArticleListHoldsNoFrenchArticle()
    {
        var articles = FrenchResolutionData.ReadWords("foreign-articles.txt");
        Assert.Contains("The", articles);
        Assert.DoesNotContain(articles, a => a is "Le" or "La" or "Les" or "L'");
    }
}
