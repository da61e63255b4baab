using Entities.French.Mentions;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class RoadNumberTaggerTests
{
    private static readonly RoadNumberTagger Tagger = new(
        FrenchMentionRefiner.RoadPrefixes(), FrenchMentionRefiner.RoadWords("before"), FrenchMentionRefiner.RoadWords("head"));

    [Theory]
    [InlineData("Un bouchon sur l'A6 ce matin.", "", "A6/LOC")]
    [InlineData("Un bouchon sur l’A6 ce matin.", "A6/ORG", "A6/LOC")]                           // an acronym read: the place
    [InlineData("Il a pris la RN 88 vers Mende.", "Mende/LOC", "RN_88/LOC Mende/LOC")]          // a space before the number
    [InlineData("Le GR20 traverse la Corse.", "Corse/LOC", "GR20/LOC Corse/LOC")]
    [InlineData("Il a pris l'autoroute A13.", "", "autoroute_A13/LOC")]                         // the road noun opens the name
    [InlineData("Il a pris l'autoroute A13.", "A13/ORG", "autoroute_A13/LOC")]
    [InlineData("Imprimez-le au format A4 ici.", "", "")]                                        // no road word before
    [InlineData("Il roule en Audi A4 neuve.", "", "")]
    [InlineData("La section D2024 est longue.", "", "")]                                         // four digits
    [InlineData("Il pilote l'A320 depuis mai.", "", "")]                                         // an aircraft: three digits after A
    [InlineData("Le club monte en N2 et joue la N2 l'an prochain.", "", "")]                     // a league: one digit after N
    [InlineData("La N165 est fermée.", "", "N165/LOC")]
    public void ANumberedRoadIsAPlace(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void NullListsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new RoadNumberTagger((IEnumerable<RoadPrefix>)null!, []));
        Assert.Throws<ArgumentNullException>(() => new RoadNumberTagger([], null!));
        Assert.Throws<ArgumentNullException>(() => new RoadNumberTagger([], [], null!));
    }
}
