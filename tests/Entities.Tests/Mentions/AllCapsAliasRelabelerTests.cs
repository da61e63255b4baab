using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.Mentions;
using Entities.Resolution;

namespace Entities.Tests.Mentions;

public sealed class AllCapsAliasRelabelerTests
{
    private static readonly AllCapsAliasRelabeler French = new(FrenchAliasTable.Default);

    [Theory]
    [InlineData("VILNIUS — Les alliés se réunissent.", "VILNIUS", "PER", "VILNIUS/LOC")]
    [InlineData("SÉOUL — Le renseignement l'affirme.", "SÉOUL", "PER", "SÉOUL/LOC")]
    [InlineData("SEOUL — Le renseignement l'affirme.", "SEOUL", "ORG", "SEOUL/LOC")]
    [InlineData("Selon l'OTAN, rien ne change.", "OTAN", "LOC", "OTAN/ORG")]
    public void TakesTheOnlyLabelOfAKnownAllCapsToken(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : default);
        Assert.Equal([expected], input.Render(input.Run(French)));
    }

    [Theory]
    [InlineData("Paris Hilton est arrivée hier.", "Paris Hilton")]
    [InlineData("PARIS HILTON est arrivée hier.", "PARIS HILTON")]
    [InlineData("Vilnius — Les alliés se réunissent.", "Vilnius")]
    [InlineData("George Washington a traversé le fleuve.", "George Washington")]
    [InlineData("DUPONT — Un inconnu parle.", "DUPONT")]
    [InlineData("MACRON — Le président parle.", "MACRON")]
    public void LeavesOtherMentionsAlone(string text, string surface)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Person);
        Assert.Same(input.Mentions, input.Run(French));
    }

    [Fact]
    public void NameWithSeveralLabelsKeepsTheTaggersLabel()
    {
        var table = new AliasTable(
            [new AliasEntry("Georgia", EntityLabel.Location, [], "t"), new AliasEntry("Georgia", EntityLabel.Organization, [], "t")],
            MatchKeyBuilder.FoldOnly);
        var input = new RefinerInput("GEORGIA — Un correspondant écrit.").With("GEORGIA", EntityLabel.Person);
        Assert.Same(input.Mentions, input.Run(new AllCapsAliasRelabeler(table)));
    }
}
