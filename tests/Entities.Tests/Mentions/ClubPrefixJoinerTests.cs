using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ClubPrefixJoinerTests
{
    private static readonly ClubPrefixJoiner Joiner = new(FrenchResolutionData.ReadWords("club-prefixes.txt"));

    [Theory]
    [InlineData("L'AS Cherbourg reçoit samedi.", "Cherbourg/LOC", "AS_Cherbourg/ORG")]                  // a free prefix
    [InlineData("Il a battu l'US Saint-Malo.", "US/LOC Saint-Malo/LOC", "US_Saint-Malo/ORG")]            // the prefix read as a country
    [InlineData("L'ES Troyes AC a recruté.", "Troyes_AC/ORG", "ES_Troyes_AC/ORG")]                       // an organization of several words
    [InlineData("Deuxième, Léa Morin (VC Pau) à 12 secondes.", "Léa_Morin/PER Pau/LOC", "Léa_Morin/PER VC_Pau/ORG")] // a cycling club
    [InlineData("Le CN Marseille domine la poule.", "Marseille/LOC", "CN_Marseille/ORG")]                // a swimming club
    [InlineData("Il joue l'US Open en septembre.", "Open/ORG", "Open/ORG")]                              // one word: not a town
    [InlineData("Les US Vierzon gagnent.", "Vierzon/PER", "Vierzon/PER")]                                // a person: left alone
    [InlineData("L'As Cherbourg reçoit.", "Cherbourg/LOC", "Cherbourg/LOC")]                             // the prefix as written
    [InlineData("L'AS  Cherbourg reçoit.", "Cherbourg/LOC", "Cherbourg/LOC")]                            // one space only
    public void JoinsAClubPrefixAndItsTown(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Joiner)));
    }

    [Fact]
    public void NullPrefixesAreRejected() => Assert.Throws<ArgumentNullException>(() => new ClubPrefixJoiner(null!));
}
