using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PersonVerbRelabelerTests
{
    private static readonly PersonVerbRelabeler Relabeler = new(
        FrenchResolutionData.ReadWords("person-verbs.txt"), ["la", "le", "les", "l'"], name => name is "Ford" or "Suisse" or "Moscou", ["elle", "il", "jean"]);

    [Theory]
    [InlineData("Villefort/LOC", "Le soir venu, Villefort sourit.", "Villefort/PER")]
    [InlineData("Estrelle/ORG", "Estrelle soupira longuement.", "Estrelle/PER")]
    [InlineData("Bastien/MISC", "Bastien s'écria : « Assez ! »", "Bastien/PER")]
    [InlineData("Bastien/LOC", "Bastien s’écria : « Assez ! »", "Bastien/PER")]                          // typographic apostrophe
    [InlineData("Marceau/LOC", "Marceau haussa les épaules.", "Marceau/PER")]
    [InlineData("Harrison_Ford/PER Ford/ORG", "L'acteur Harrison Ford rit. Ford a plaisanté.", "Harrison_Ford/PER Ford/PER")] // a known name: the person named in full decides
    [InlineData("Ford/ORG", "Ford a plaisanté sur ses voitures.", "Ford/ORG")]                               // a known name alone stays
    [InlineData("Suisse/LOC", "La Suisse soupira.", "Suisse/LOC")]                                            // after an article
    [InlineData("Moscou/LOC", "Moscou sourit à peine.", "Moscou/LOC")]                                        // a known place
    [InlineData("Villefort/LOC", "Villefort souriante.", "Villefort/LOC")]                                    // a longer word
    [InlineData("Villefort/LOC", "Villefort, sourit-il.", "Villefort/LOC")]                                   // not right after
    [InlineData("Mont_Blanc/LOC", "Mont Blanc sourit.", "Mont_Blanc/LOC")]                                    // several words
    [InlineData("Villefort/LOC", "Villefort a annoncé sa venue.", "Villefort/LOC")]                           // a verb anyone says
    public void NamesBeforeAPersonVerbArePeople(string specs, string text, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }

    [Theory]
    [InlineData("", "Marceau haussa les épaules.", "Marceau/PER")]
    [InlineData("", "Puis Dantès murmura quelques mots.", "Dantès/PER")]
    [InlineData("", "Elle sourit.", "")]                                   // an ordinary word
    [InlineData("", "Jean sourit.", "")]                                   // an ordinary word too (a given name is left to the tagger)
    [InlineData("", "La Vierge sourit.", "")]                              // after an article
    [InlineData("", "Marceau parla longtemps.", "")]                       // no person verb
    [InlineData("Marceau/LOC", "Marceau haussa les épaules.", "Marceau/PER")] // tagged: relabeled, not added twice
    public void UntaggedNamesBeforeAPersonVerbArePeople(string specs, string text, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }

    [Theory]
    [InlineData("Marie sourit.", "Marie/PER")]            // a given name that is also a word (il marie)
    [InlineData("Pierre soupira longuement.", "Pierre/PER")]
    [InlineData("Elle sourit.", "")]                       // a pronoun is no given name
    [InlineData("Rien ne bougea ; Marie parla longtemps.", "")]   // no person verb
    public void TheFrenchLayerTakesAGivenNameThatIsAlsoAWord(string text, string expected)
    {
        var input = new RefinerInput(text);
        var persons = input.Render(input.Run(Entities.French.Mentions.FrenchMentionRefiner.Default)).Where(m => m.EndsWith("/PER", StringComparison.Ordinal));
        Assert.Equal(expected.Length == 0 ? [] : [expected], persons);
    }

    [Fact]
    public void ThePhrasesAreCheckedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new PersonVerbRelabeler([""], [], _ => false, []));
        Assert.Throws<ArgumentException>(() => new PersonVerbRelabeler([new string('a', 41)], [], _ => false, []));
        Assert.Throws<ArgumentNullException>(() => new PersonVerbRelabeler([], [], null!, []));
    }

    [Fact]
    public void TheFrenchVerbsAreLowerCaseDistinctAndLeaveOutWhatPlacesDo()
    {
        var phrases = FrenchResolutionData.ReadWords("person-verbs.txt");
        Assert.True(phrases.Count >= 60);
        Assert.All(phrases, phrase =>
        {
            Assert.Equal(phrase.ToLowerInvariant(), phrase);
            Assert.DoesNotContain('\u2019', phrase);
        });
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("ironise", phrases);       // Moscou ironise
        Assert.DoesNotContain("se souvient", phrases);   // Paris se souvient
    }
}
