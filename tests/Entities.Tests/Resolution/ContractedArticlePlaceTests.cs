using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>A place whose name opens with Le or Les, written after au, du, aux or des, is keyed as its whole name (AliasResolverProfile.ArticlePlaces).</summary>
public sealed class ContractedArticlePlaceTests
{
    [Theory]
    [InlineData("Le Havre a accueilli la course. Au Havre, les quais étaient pleins.", "LOC:Le Havre", "LOC:Havre")]
    [InlineData("Le maire du Havre a reçu les marins. Le Havre fête ses 500 ans.", "LOC:Havre", "LOC:Le Havre")]
    [InlineData("Les Sables-d'Olonne accueillent le départ. Aux Sables-d'Olonne, la foule attend.", "LOC:Les Sables-d'Olonne", "LOC:Sables-d'Olonne")]
    [InlineData("Le Caire a annoncé une trêve. L'ambassadeur au Caire a été reçu.", "LOC:Le Caire", "LOC:Caire")]
    [InlineData("Cours du Havre. LE HAVRE, 14 mai.", "LOC:Havre", "LOC:HAVRE")]                       // the article left out of the mention
    public void APlaceAfterAContractedArticleIsItsWholeName(string text, string first, string second)
    {
        var entities = FrenchResolve.Run(text, first, second);
        ResolverAssert.Together(entities, 0, 1);
    }

    [Theory]
    [InlineData("Il vit au Canada. Canada Dry recrute.", "LOC:Canada")]                 // no place named Le Canada
    [InlineData("Le maire de Havre répond.", "LOC:Havre")]                               // de: no article taken in
    [InlineData("Il est arrivé au Havre.", "LOC:Havre")]
    public void OnlyAKnownPlaceWithTheArticleIsKeyedSo(string text, string spec)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, spec));
        bool contracted = text.Contains("au Havre", StringComparison.Ordinal);
        Assert.Equal(contracted, entity.Keys.Contains(MatchKeys.Full + "le havre"));
    }
}
