using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class StockQuoteRelabelerTests
{
    private static readonly StockQuoteRelabeler Relabeler = new(
        FrenchResolutionData.ReadWords("stock-market-words.txt"), FrenchResolutionData.ReadWords("stock-market-names.txt"));

    [Theory]
    [InlineData("Le Nord gagne 5 fr. à 1.860 ; le Lyon est immobile à 1.502.", "Lyon/LOC", "Nord/ORG Lyon/ORG")]             // a tagged place, an untagged network
    [InlineData("L'Orléans s'inscrit à 1.015 et le Midi abandonne 12 francs.", "Orléans/LOC", "Orléans/ORG Midi/ORG")]
    [InlineData("Le Suez progresse de 150 fr. à 11.250.", "Suez/LOC", "Suez/ORG")]
    [InlineData("Le Nord compte 2.600.000 habitants.", "Nord/LOC", "Nord/LOC")]                                              // no market word
    [InlineData("Le Nord gagne des habitants à Lille.", "Nord/LOC Lille/LOC", "Nord/LOC Lille/LOC")]                         // no price
    [InlineData("La cote de Lyon gagne 3 fr. à 1.502 à Paris.", "Lyon/LOC Paris/LOC", "Lyon/LOC Paris/LOC")]                   // no article right before
    public void AStockIsTheCompany(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }

    [Fact]
    public void NullListsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new StockQuoteRelabeler(null!, []));
        Assert.Throws<ArgumentNullException>(() => new StockQuoteRelabeler([], null!));
    }
}
