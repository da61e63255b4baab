using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class OrganizationPlaceJoinerTests
{
    private static readonly OrganizationPlaceJoiner Joiner = new();

    [Theory]
    [InlineData("L'Automobile-Club de France organise la course.", "Automobile-Club/ORG France/LOC", "Automobile-Club_de_France/ORG")]
    [InlineData("Les Flyers de Philadelphie gagnent.", "Flyers/ORG Philadelphie/LOC", "Flyers/ORG Philadelphie/LOC")]                // one word: a branch or a seat as often
    [InlineData("Le Racing Club du Havre recrute.", "Racing_Club/ORG Havre/LOC", "Racing_Club_du_Havre/ORG")]
    [InlineData("L'Académie royale d'Égypte ouvre.", "Académie_royale/ORG Égypte/LOC", "Académie_royale_d'Égypte/ORG")]
    [InlineData("La Croix-Rouge de Belgique aide.", "Croix-Rouge/ORG Belgique/LOC", "Croix-Rouge_de_Belgique/ORG")]
    [InlineData("L'Insas de Bruxelles forme des cinéastes.", "Insas/ORG Bruxelles/LOC", "Insas/ORG Bruxelles/LOC")]                 // one word
    [InlineData("Le club de Lens et Paris jouent.", "Lens/LOC Paris/LOC", "Lens/LOC Paris/LOC")]                                   // no organization
    [InlineData("Le groupe Vinci, de Paris, construit.", "Vinci/ORG Paris/LOC", "Vinci/ORG Paris/LOC")]                              // not a bare link
    [InlineData("L'Académie de médecine de France siège.", "Académie_de_médecine/ORG France/LOC", "Académie_de_médecine/ORG France/LOC")]   // a second complement
    [InlineData("La Fnac à Lyon ouvre.", "Fnac/ORG Lyon/LOC", "Fnac/ORG Lyon/LOC")]                                                  // another preposition
    [InlineData("Le Parti socialiste de Marc Dupont.", "Parti_socialiste/ORG Marc_Dupont/PER", "Parti_socialiste/ORG Marc_Dupont/PER")] // a person
    public void JoinsAnOrganizationAndThePlaceItIsNamedAfter(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Joiner)));
    }

    private static readonly OrganizationPlaceJoiner RegionJoiner = new(name => name is "Aveyron" or "Finistère" or "Gironde");

    [Theory]
    [InlineData("La FDSEA de l'Aveyron manifeste.", "FDSEA/ORG Aveyron/LOC", "FDSEA_de_l'Aveyron/ORG")]                                // a federation's branch
    [InlineData("La Capeb du Finistère proteste.", "Capeb/ORG Finistère/LOC", "Capeb_du_Finistère/ORG")]
    [InlineData("Le Crédit agricole de la Gironde prête.", "Crédit_agricole/ORG Gironde/LOC", "Crédit_agricole_de_la_Gironde/ORG")]     // several words, de la
    [InlineData("La Fnac de Lyon ferme.", "Fnac/ORG Lyon/LOC", "Fnac/ORG Lyon/LOC")]                                                   // a town: a shop's site
    [InlineData("La FDSEA, de l'Aveyron, manifeste.", "FDSEA/ORG Aveyron/LOC", "FDSEA/ORG Aveyron/LOC")]                             // not a bare link
    public void JoinsAOneWordOrganizationAndItsRegion(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(RegionJoiner)));
    }

    [Fact]
    public void ANullRegionTestIsRejected() => Assert.Throws<ArgumentNullException>(() => new OrganizationPlaceJoiner(null!));

    [Fact]
    public void TheJoinedNameKeepsTheBetterScore()
    {
        var input = new RefinerInput("L'Aéro-Club de France vote.")
            .Add(new EntityMention(2, 11, "Aéro-Club", EntityLabel.Organization, 0.55, null))
            .Add(new EntityMention(15, 21, "France", EntityLabel.Location, 0.97, null));
        var joined = Assert.Single(input.Run(Joiner));
        Assert.Equal(("Aéro-Club de France", 0.97), (joined.Text, joined.Score));
    }
}
