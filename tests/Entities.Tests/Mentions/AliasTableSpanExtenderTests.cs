using Entities.Knowledge;
using Entities.French.Mentions;
using Entities.French.Resolution;
using Entities.Mentions;
using Entities.Resolution;
using Entities.Sentences;

namespace Entities.Tests.Mentions;

public sealed class AliasTableSpanExtenderTests
{
    private static readonly AliasTableSpanExtender French = new(FrenchAliasTable.Default);

    [Theory]
    [InlineData("Les dirigeants de l'Organisation du traité de l'Atlantique nord se réunissent.", "Organisation du traité de l'Atlantique", "ORG", "Organisation du traité de l'Atlantique nord/ORG")]
    [InlineData("Les dirigeants de l’Organisation du traité de l’Atlantique Nord se réunissent.", "Organisation du traité de l’Atlantique", "ORG", "Organisation du traité de l’Atlantique Nord/ORG")]
    [InlineData("Selon lui, Kim Jong Un a supervisé l'essai.", "Kim Jong", "PER", "Kim Jong Un/PER")]
    [InlineData("Des soldats de la Corée du Nord sont arrivés.", "Corée", "LOC", "Corée du Nord/LOC")]
    [InlineData("Le Service national de renseignement sud-coréen l'affirme.", "Service national", "ORG", "Service national de renseignement sud-coréen/ORG")]
    [InlineData("Les Nations unies ont voté.", "Nations", "MISC", "Nations unies/ORG")]
    [InlineData("Pour le groupe Rassemblement des démocrates, progressistes et indépendants, Mme Ousseni.", "Rassemblement des démocrates", "ORG", "Rassemblement des démocrates, progressistes et indépendants/ORG")]
    [InlineData("Pour le groupe Horizons & indépendants, Mme Delattre.", "Horizons", "ORG", "Horizons & indépendants/ORG")]
    [InlineData("Pour le groupe Les Indépendants – République et Territoires, M. Roy.", "Les Indépendants", "ORG", "Les Indépendants – République et Territoires/ORG")]
    [InlineData("Le Rassemblement des démocrates progressistes et indépendants vote.", "Rassemblement des démocrates", "ORG", "Rassemblement des démocrates progressistes et indépendants/ORG")] // a mark left out
    public void ExtendsToTheLongestMatchingName(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Equal([expected], input.Render(input.Run(French)));
    }

    [Theory]
    [InlineData("Il cite l'Organisation du traité de l'Atlantique sud, une alliance imaginaire.", "Organisation du traité de l'Atlantique", "ORG")]
    [InlineData("Il cite l'Organisation du traité de l'Atlantique, nord compris.", "Organisation du traité de l'Atlantique", "ORG")]
    [InlineData("Il cite l'Organisation du traité de l'Atlantique (nord) sans détour.", "Organisation du traité de l'Atlantique", "ORG")]
    [InlineData("Selon lui, Kim Jong Unification est un pseudonyme.", "Kim Jong", "PER")]
    [InlineData("Paris Hilton est arrivée hier.", "Paris Hilton", "PER")]
    [InlineData("Paris Hilton est arrivée hier.", "Paris", "PER")]
    [InlineData("George Washington a traversé le fleuve.", "George Washington", "PER")]
    [InlineData("George Washington a traversé le fleuve.", "George", "PER")]
    [InlineData("La Corée\ndu Nord en titre.", "Corée", "LOC")]
    [InlineData("Un inconnu, Jean Dupont, parle de la Corée.", "Jean Dupont", "PER")]
    [InlineData("Non, la France - affirme le ministre - refuse.", "France", "ORG")]
    [InlineData("La finale France - Brésil a lieu ce soir.", "France", "LOC")]
    [InlineData("Pour les Socialistes, et apparentés, le vote est acquis.", "Socialistes", "ORG")]                    // a comma the name has not
    [InlineData("Pour le groupe Horizons, indépendants compris, Mme Delattre.", "Horizons", "ORG")]               // another mark than the name's
    public void LeavesMentionsAloneWhenNoNameMatchesTheText(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Same(input.Mentions, input.Run(French));
    }

    [Theory]
    [InlineData("Des soldats de la Corée du Nord sont arrivés.", "Corée", "LOC", "Nord", "LOC", "Corée du Nord/LOC")]
    [InlineData("Le Paris Saint-Germain a perdu.", "Paris", "LOC", "Saint-Germain", "PER", "Paris Saint-Germain/ORG")]
    [InlineData("Pour le groupe Écologiste – Solidarité et Territoires, je vote.", "Écologiste", "ORG", "Territoires", "MISC", "Écologiste – Solidarité et Territoires/ORG")] // 17 characters between
    public void TakesInTheWholeNextMentionWhenTheNameCoversIt(string text, string first, string firstLabel, string second, string secondLabel, string expected)
    {
        var input = new RefinerInput(text).With(first, Parse(firstLabel)).With(second, Parse(secondLabel));
        Assert.Equal([expected], input.Render(input.Run(French)));
    }

    [Fact]
    public void TakesInUpToThreeMentionsWhenTheNameCoversThem()
    {
        var input = new RefinerInput("Pour le groupe Socialiste, Écologiste et Républicain, je vote.")
            .With("Socialiste", EntityLabel.Organization).With("Écologiste", EntityLabel.Person).With("Républicain", EntityLabel.Person);
        Assert.Equal(["Socialiste, Écologiste et Républicain/ORG"], input.Render(input.Run(French)));
    }

    [Fact]
    public void NeverEndsInsideTheNextMention()
    {
        var input = new RefinerInput("Des soldats de la Corée du Nord Express sont arrivés.").With("Corée", EntityLabel.Location).With("Nord Express", EntityLabel.Organization);
        Assert.Equal(["Corée/LOC", "Nord Express/ORG"], input.Render(input.Run(French)));
    }

    [Fact]
    public void NeverCrossesASentenceEnd()
    {
        const string text = "Des soldats de la Corée du Nord sont arrivés.";
        var whole = new RefinerInput(text);
        int cut = whole.Tokens.ToList().FindIndex(t => t.GetText(text) == "du");
        var input = new RefinerInput(text, [new Sentence(0, cut), new Sentence(cut, whole.Tokens.Count - cut)]).With("Corée", EntityLabel.Location);
        Assert.Equal(["Corée/LOC"], input.Render(input.Run(French)));
    }

    [Fact]
    public void AmbiguousNameOfAnotherLabelIsNotApplied()
    {
        var table = new AliasTable(
            [new AliasEntry("Saint Louis", EntityLabel.Location, [], "t"), new AliasEntry("Saint Louis", EntityLabel.Organization, [], "t")],
            MatchKeyBuilder.FoldOnly);
        var input = new RefinerInput("Il vit à Saint Louis depuis dix ans.").With("Saint", EntityLabel.Person);
        Assert.Same(input.Mentions, input.Run(new AliasTableSpanExtender(table)));
        var located = new RefinerInput("Il vit à Saint Louis depuis dix ans.").With("Saint", EntityLabel.Location);
        Assert.Equal(["Saint Louis/LOC"], located.Render(located.Run(new AliasTableSpanExtender(table))));
    }

    [Fact]
    public void OtherMentionsAreKeptAsTheyAre()
    {
        var input = new RefinerInput("Mark Rutte a reçu à Bruxelles le chef de l'Organisation du traité de l'Atlantique nord.")
            .With("Mark Rutte", EntityLabel.Person).With("Bruxelles", EntityLabel.Location).With("Organisation du traité", EntityLabel.Organization);
        var result = input.Run(French);
        Assert.Same(input.Mentions[0], result[0]);
        Assert.Same(input.Mentions[1], result[1]);
        Assert.Equal("Organisation du traité de l'Atlantique nord/ORG", input.Render(result)[2]);
    }

    [Fact]
    public void FrenchChainAppliesBothRules()
    {
        var input = new RefinerInput("VILNIUS — Les alliés de l'Organisation du traité de l'Atlantique nord se réunissent.")
            .With("VILNIUS", EntityLabel.Person).With("Organisation du traité de l'Atlantique", EntityLabel.Organization);
        Assert.Equal(["VILNIUS/LOC", "Organisation du traité de l'Atlantique nord/ORG"], input.Render(input.Run(FrenchMentionRefiner.Default)));
    }

    private static EntityLabel Parse(string code) => EntityLabels.TryParse(code, out var label) ? label : throw new ArgumentException(code);
}
