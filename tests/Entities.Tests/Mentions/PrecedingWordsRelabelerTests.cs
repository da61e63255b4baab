using Entities.French.Resolution;
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
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Companies)));
    }

    [Fact]
    public void ThePhrasesAreCheckedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Person], [""]));
        Assert.Throws<ArgumentException>(() => new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Person], [new string('a', 61)]));
    }

    [Fact]
    public void TheFrenchPhrasesAreLowerCaseAndEndWithAPreposition()
    {
        var phrases = FrenchResolutionData.ReadWords("organization-context.txt");
        Assert.True(phrases.Count >= 40);
        Assert.All(phrases, phrase =>
        {
            Assert.Equal(phrase.ToLowerInvariant(), phrase);
            Assert.Matches(@"( de| du| des| à| chez| d')$", phrase);
        });
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
    }
}
