using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ListedNameRelabelerTests
{
    private static readonly ListedNameRelabeler Relabeler = new(EntityLabel.Location, EntityLabel.Person, name => name is "Lyon" or "Bretagne");
    private static readonly ListedNameRelabeler PlaceRelabeler = new(EntityLabel.Person, EntityLabel.Location, name => name is "Estelle");

    [Theory]
    [InlineData("Avant la guerre, Poiret, Madeleine Vionnet, Paquin et Worth régnaient.", "Poiret/PER Madeleine_Vionnet/PER Paquin/LOC Worth/PER", "Poiret/PER Madeleine_Vionnet/PER Paquin/PER Worth/PER")]   // between two persons
    [InlineData("Les conseillers Bertoni, Micheli et Tissières déposent une motion.", "Bertoni/PER Micheli/PER Tissières/LOC", "Bertoni/PER Micheli/PER Tissières/PER")]                          // after two listed persons
    [InlineData("Tissières, Bertoni et Micheli déposent une motion.", "Tissières/LOC Bertoni/PER Micheli/PER", "Tissières/LOC Bertoni/PER Micheli/PER")]                                            // before two: maybe an apposition
    [InlineData("Les maires de Lyon et de Roquelande, Sylvie Barthès et Mathilde Oury, ont signé.", "Lyon/LOC Roquelande/LOC Sylvie_Barthès/PER Mathilde_Oury/PER", "Lyon/LOC Roquelande/LOC Sylvie_Barthès/PER Mathilde_Oury/PER")] // an apposition
    [InlineData("Elle a vu Jean Dupont, Lyon et Marie Curie.", "Jean_Dupont/PER Lyon/LOC Marie_Curie/PER", "Jean_Dupont/PER Lyon/LOC Marie_Curie/PER")]                                         // a known place stays
    [InlineData("Roosevelt et Churchill se sont vus.", "Roosevelt/LOC Churchill/PER", "Roosevelt/LOC Churchill/PER")]                                                                        // one person beside it: left as read
    [InlineData("Jean Dupont, Paquin et Lille ont signé.", "Jean_Dupont/PER Paquin/LOC Lille/LOC", "Jean_Dupont/PER Paquin/LOC Lille/LOC")]                                                   // a place on the other side
    [InlineData("Jean Dupont, Pierre Martin à Paquin.", "Jean_Dupont/PER Pierre_Martin/PER Paquin/LOC", "Jean_Dupont/PER Pierre_Martin/PER Paquin/LOC")]                                      // not listed
    [InlineData("Jean Dupont, Pierre Martin et Olivier-Clottu.", "Jean_Dupont/PER Pierre_Martin/PER Olivier-Clottu/LOC", "Jean_Dupont/PER Pierre_Martin/PER Olivier-Clottu/PER")]             // a hyphenated word is one word
    [InlineData("Jean Dupont, Pierre Martin et Val Fleuri.", "Jean_Dupont/PER Pierre_Martin/PER Val_Fleuri/LOC", "Jean_Dupont/PER Pierre_Martin/PER Val_Fleuri/LOC")]                          // two words: no surname alone
    [InlineData("Jean Dupont, Pierre Martin et PAQUIN.", "Jean_Dupont/PER Pierre_Martin/PER PAQUIN/LOC", "Jean_Dupont/PER Pierre_Martin/PER PAQUIN/LOC")]                                      // capitals: a heading, not read
    [InlineData("Jean Dupont, Pierre Martin et Bretagne.", "Jean_Dupont/PER Pierre_Martin/PER Bretagne/LOC", "Jean_Dupont/PER Pierre_Martin/PER Bretagne/LOC")]
    [InlineData("Jean Dupont, Total et Paquin.", "Jean_Dupont/PER Total/ORG Paquin/LOC", "Jean_Dupont/PER Total/ORG Paquin/LOC")]                                                              // an organization between
    public void APlaceListedWithPersonsIsAPerson(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }

    [Theory]
    [InlineData("Les troupes sont entrées à Moldava, Bazias, Kovi et Semlin.", "Moldava/LOC Bazias/PER Kovi/LOC Semlin/LOC", "Moldava/LOC Bazias/LOC Kovi/LOC Semlin/LOC")]   // between two places
    [InlineData("On attaque Tortosa, Lérida et Morella.", "Tortosa/LOC Lérida/LOC Morella/PER", "Tortosa/LOC Lérida/LOC Morella/LOC")]                                        // after two
    [InlineData("On attaque Morella, Tortosa et Lérida.", "Morella/PER Tortosa/LOC Lérida/LOC", "Morella/PER Tortosa/LOC Lérida/LOC")]                                        // before two only
    [InlineData("On a vu Tortosa, Lérida et Estelle.", "Tortosa/LOC Lérida/LOC Estelle/PER", "Tortosa/LOC Lérida/LOC Estelle/PER")]                                  // a name the caller keeps
    [InlineData("Il a vu Lyon et Dupont.", "Lyon/LOC Dupont/PER", "Lyon/LOC Dupont/PER")]                                                                             // one place beside it
    public void APersonListedWithPlacesIsAPlace(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(PlaceRelabeler)));
    }

    [Fact]
    public void TheTwoLabelsMustDiffer() =>
        Assert.Throws<ArgumentException>(() => new ListedNameRelabeler(EntityLabel.Person, EntityLabel.Person, _ => false));

    [Fact]
    public void NoChangeReturnsTheSameList()
    {
        var input = new RefinerInput("Jean Dupont et Lyon.").WithSpecs("Jean_Dupont/PER Lyon/LOC");
        var mentions = input.Mentions;
        Assert.Same(mentions, Relabeler.Refine(input.Text, input.Tokens, input.Sentences, mentions));
    }
}
