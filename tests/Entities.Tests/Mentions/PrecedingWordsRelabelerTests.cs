using Entities.French.Resolution;
using Entities.French.Mentions;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PrecedingWordsRelabelerTests
{
    private static readonly PrecedingWordsRelabeler Companies = new(
        EntityLabel.Organization, [EntityLabel.Person, EntityLabel.Miscellaneous], ["pdg de", "pdg d'", "fondateur de", "journaliste à"]);

    [Theory]
    [InlineData("Le PDG de Michelin a parlé.", "Michelin", EntityLabel.Person, "Michelin/ORG")]
    [InlineData("Le pdg d'Atos a parlé.", "Atos", EntityLabel.Person, "Atos/ORG")]
    [InlineData("Le pdg d’Atos a parlé.", "Atos", EntityLabel.Person, "Atos/ORG")]          // typographic apostrophe
    [InlineData("Marie, journaliste à Libération, écrit.", "Libération", EntityLabel.Miscellaneous, "Libération/ORG")]
    [InlineData("Le fondateur de Rome est connu.", "Rome", EntityLabel.Location, "Rome/LOC")]   // places keep their label
    [InlineData("Le fondateur de Nvidia Jensen a parlé.", "Nvidia Jensen", EntityLabel.Person, "Nvidia Jensen/PER")] // several words
    [InlineData("Le cofondateur de Michelin a parlé.", "Michelin", EntityLabel.Person, "Michelin/PER")] // a word boundary before the phrase
    [InlineData("Le PDG a vu Michelin hier.", "Michelin", EntityLabel.Person, "Michelin/PER")]     // no phrase right before
    [InlineData("Le PDG de  Michelin a parlé.", "Michelin", EntityLabel.Person, "Michelin/PER")]   // exactly one space
    public void RelabelsOneWordNamesRightAfterAPhrase(string text, string surface, EntityLabel label, string expected)
        => Assert.Equal([expected], Relabel(Companies, text, surface, label));

    private static readonly PrecedingWordsRelabeler UnknownPlaces = new(
        EntityLabel.Organization, [EntityLabel.Location], ["pdg de", "fondateur de"], name => name != "Rome");

    [Theory]
    [InlineData("Le PDG de Transalpe a parlé.", "Transalpe", "Transalpe/ORG")]
    [InlineData("Le fondateur de Rome est connu.", "Rome", "Rome/LOC")]        // a known place
    [InlineData("Il a vu Transalpe hier.", "Transalpe", "Transalpe/LOC")]      // no phrase
    public void PlacesTakeTheLabelOnlyWhereTheFilterSays(string text, string surface, string expected)
        => Assert.Equal([expected], Relabel(UnknownPlaces, text, surface, EntityLabel.Location));

    private static readonly PrecedingWordsRelabeler Places = new(
        EntityLabel.Location, [EntityLabel.Organization, EntityLabel.Person, EntityLabel.Miscellaneous], FrenchResolutionData.ReadWords("place-context.txt"));

    [Theory]
    [InlineData("La boutique du centre-ville d'Orange a fermé.", "Orange", EntityLabel.Organization, "Orange/LOC")]
    [InlineData("Le maire de Lorient a parlé.", "Lorient", EntityLabel.Organization, "Lorient/LOC")]
    [InlineData("Les habitants de Florence votent.", "Florence", EntityLabel.Person, "Florence/LOC")]
    [InlineData("Il est originaire d’Avion.", "Avion", EntityLabel.Miscellaneous, "Avion/LOC")]
    [InlineData("Le maire de Saint-Malo a parlé.", "Saint-Malo", EntityLabel.Organization, "Saint-Malo/LOC")]
    [InlineData("Orange a ouvert une boutique en ville.", "Orange", EntityLabel.Organization, "Orange/ORG")]          // no phrase
    [InlineData("Le maire de Force ouvrière parle.", "Force ouvrière", EntityLabel.Organization, "Force ouvrière/ORG")] // several words
    [InlineData("Le premier maire de Lyon Gérard Collomb.", "Lyon Gérard Collomb", EntityLabel.Person, "Lyon Gérard Collomb/PER")]
    public void OneWordNamesAfterAPlacePhraseArePlaces(string text, string surface, EntityLabel label, string expected)
        => Assert.Equal([expected], Relabel(Places, text, surface, label));

    private static readonly PrecedingWordsRelabeler People = new(
        EntityLabel.Person, [EntityLabel.Organization, EntityLabel.Location, EntityLabel.Miscellaneous], FrenchResolutionData.ReadWords("person-context.txt"));

    [Theory]
    [InlineData("Les héritiers de Wagner défendent la mise en scène.", "Wagner", EntityLabel.Organization, "Wagner/PER")]
    [InlineData("La veuve de Mitterrand a parlé.", "Mitterrand", EntityLabel.Location, "Mitterrand/PER")]
    [InlineData("Le petit-fils d’Hergé expose ses dessins.", "Hergé", EntityLabel.Miscellaneous, "Hergé/PER")]
    [InlineData("Les paramilitaires de Wagner ont quitté le pays.", "Wagner", EntityLabel.Organization, "Wagner/ORG")]   // no phrase
    [InlineData("L'héritière de L'Oréal est reçue.", "L'Oréal", EntityLabel.Organization, "L'Oréal/ORG")]             // heirs of a company
    [InlineData("Le fils de Jean Dupont arrive.", "Jean Dupont", EntityLabel.Organization, "Jean Dupont/ORG")]        // several words
    public void OneWordNamesAfterAKinPhraseArePeople(string text, string surface, EntityLabel label, string expected)
        => Assert.Equal([expected], Relabel(People, text, surface, label));

    /// <summary>The mentions after <paramref name="relabeler"/> ran on <paramref name="text"/> with one mention.</summary>
    private static string[] Relabel(PrecedingWordsRelabeler relabeler, string text, string surface, EntityLabel label)
    {
        var input = new RefinerInput(text).With(surface, label);
        return input.Render(input.Run(relabeler));
    }

    [Fact]
    public void ThePhrasesAreCheckedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Person], [""]));
        Assert.Throws<ArgumentException>(() => new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Person], [new string('a', 61)]));
    }

    [Theory]
    [InlineData("organization-context.txt", 40)]
    [InlineData("place-context.txt", 30)]
    [InlineData("person-context.txt", 30)]
    public void TheFrenchPhrasesAreLowerCaseAndEndWithAPreposition(string file, int atLeast)
    {
        var phrases = FrenchResolutionData.ReadWords(file);
        Assert.True(phrases.Count >= atLeast);
        Assert.All(phrases, phrase =>
        {
            Assert.Equal(phrase.ToLowerInvariant(), phrase);
            Assert.Matches(@"( de| du| des| à| chez| d')$", phrase);
        });
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheFrenchOrganizationDescriptorsAreLowerCaseNounsWithoutPreposition()
    {
        var nouns = FrenchResolutionData.ReadWords("organization-descriptors.txt");
        var phrases = FrenchResolutionData.ReadWords("organization-context.txt").ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(nouns);
        Assert.All(nouns, noun =>
        {
            Assert.Equal(noun.ToLowerInvariant(), noun);
            Assert.DoesNotMatch(@"( de| du| des| à| chez| d')$", noun);
            Assert.DoesNotContain(noun, phrases);
        });
        Assert.Equal(nouns.Count, nouns.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Le marché est disputé par la jeune pousse Murfy.", "Murfy", "Murfy/ORG")]
    [InlineData("Les voitures viennent du conglomérat Vingroup.", "Vingroup", "Vingroup/ORG")]
    [InlineData("Elle a rejoint la start-up Margaux en mai.", "Margaux", "Margaux/ORG")]
    [InlineData("Il a parlé à Margaux en mai.", "Margaux", "Margaux/PER")]                        // no descriptor
    [InlineData("Elle a rejoint la start-up Jean Dupont en mai.", "Jean Dupont", "Jean Dupont/PER")]   // one word only
    public void TheFrenchDescriptorsMakeAOneWordNameAnOrganization(string text, string surface, string expected)
    {
        var relabeler = new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Person, EntityLabel.Miscellaneous], FrenchMentionRefiner.OrganizationContext());
        var input = new RefinerInput(text).With(surface, EntityLabel.Person);
        Assert.Equal([expected], input.Render(input.Run(relabeler)));
    }
}
