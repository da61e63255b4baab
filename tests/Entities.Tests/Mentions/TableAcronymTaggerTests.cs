using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.Mentions;
using Entities.Resolution;

namespace Entities.Tests.Mentions;

public sealed class TableAcronymTaggerTests
{
    private static readonly TableAcronymTagger Tagger = new(FrenchAliasTable.Default);

    [Theory]
    [InlineData("La Banque centrale européenne (BCE) a maintenu ses taux.", "BCE/ORG")]
    [InlineData("Selon l'ONU, la trêve tient.", "ONU/ORG")]
    [InlineData("Les ministres du G20 se réunissent lundi.", "G20/ORG")]
    [InlineData("Un ancien agent de la CIA témoigne.", "CIA/ORG")]
    [InlineData("Selon l'UNSA, la grève tient.", "UNSA/ORG")]                                 // the table spells the union's acronym in capitals
    public void AddsAKnownAcronymTheTaggerMissed(string text, string expected)
    {
        var input = new RefinerInput(text);
        var result = input.Run(Tagger);
        Assert.Equal([expected], input.Render(result));
        Assert.Equal(TableAcronymTagger.Score, result[0].Score);
    }

    [Theory]
    [InlineData("LA BCE RELÈVE SES TAUX")] // a headline in capitals
    [InlineData("La bce a parlé.")] // not written as the table spells it
    [InlineData("Le Bce a parlé.")]
    [InlineData("PARIS est loin.")] // the table spells Paris in lower case
    [InlineData("Le NIST publie une norme.")] // a longer unknown acronym
    public void AddsNothingElsewhere(string text)
    {
        var input = new RefinerInput(text);
        Assert.Empty(input.Run(Tagger));
    }

    [Fact]
    public void NeverChangesExistingMentions()
    {
        var input = new RefinerInput("La BCE et la Fed divergent.").With("BCE", EntityLabel.Location);
        Assert.Equal(["BCE/LOC"], input.Render(input.Run(Tagger)));
    }

    [Fact]
    public void AnAcronymTheTableGivesTwoLabelsIsNotAdded()
    {
        var table = new AliasTable(
            [new AliasEntry("Organisation fictive", EntityLabel.Organization, ["OFX"], "test"), new AliasEntry("Oflixie", EntityLabel.Location, ["OFX"], "test")],
            MatchKeyBuilder.FoldOnly);
        var input = new RefinerInput("Le siège de OFX est à Lyon.");
        Assert.Empty(input.Run(new TableAcronymTagger(table)));
    }

    /// <summary>One-capital spellings of acronyms of three letters or more, when the word is no ordinary word.</summary>
    [Theory]
    [InlineData("L’Onu Alarmée Par L’Envoi De Soldats En Syrie", new[] { "alarmée", "par" }, "Onu/ORG")]
    [InlineData("Selon l'Otan, la trêve tient.", new[] { "selon" }, "Otan/ORG")]
    [InlineData("Selon l'Otan, la trêve tient.", new[] { "otan" }, "")]       // an ordinary word of the list
    [InlineData("Selon l'Otan, la trêve tient.", new string[0], "")]          // no list: capitals only
    [InlineData("Le Ue a parlé.", new[] { "le" }, "")]                        // two letters: too short
    public void AddsOneCapitalSpellingsThatAreNoWords(string text, string[] ordinaryWords, string expected)
    {
        var input = new RefinerInput(text);
        var result = input.Run(new TableAcronymTagger(FrenchAliasTable.Default, ordinaryWords));
        Assert.Equal(expected, string.Join(" ", input.Render(result)));
    }
}
