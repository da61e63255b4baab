using Entities.French.Data;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class EnglishTitlePersonTaggerTests
{
    private static readonly HashSet<string> Known = ["Washington", "Congress", "Mr Bricolage"];

    private static readonly EnglishTitlePersonTagger Tagger = new(FrenchDataFiles.ReadEntries("english-titles.txt"), Known.Contains);

    [Theory]
    [InlineData("« We stand with President Zelenskyy », a dit Keir Starmer.", "Keir_Starmer/PER", "Zelenskyy/PER Keir_Starmer/PER")]
    [InlineData("« Prime Minister Keir Starmer will travel », dit-il.", "", "Keir_Starmer/PER")]                                          // a title of two words
    [InlineData("« Secretary General Guterres is right », dit-il.", "Secretary_General_Guterres/PER", "Guterres/PER")]                   // the title out of the span
    [InlineData("« Mr. Smith is here », dit-elle.", "", "Smith/PER")]                                                                   // a period after the title
    [InlineData("« Speaker Johnson agreed », dit-il.", "Johnson/PER", "Johnson/PER")]                                                  // already a person
    [InlineData("General Motors ferme une usine.", "", "")]                                                                             // not a title of the list
    [InlineData("« President Washington », dit-il.", "", "")]                                                                           // a known place
    [InlineData("Le président Macron et le Président Macron.", "", "")]                                                                  // French titles
    [InlineData("Le Presidential Palace ouvre.", "", "")]                                                                               // not a whole word
    [InlineData("« The President said so », dit-il.", "", "")]                                                                          // no capital after it
    [InlineData("« Vice President Vance said no », dit-il.", "", "Vance/PER")]                                                          // one person, not two
    [InlineData("Mr Bricolage ouvre un magasin.", "", "")]                                                                              // known with its title
    public void TagsThePersonAnEnglishTitleIntroduces(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void TheTitlesAreCapitalizedAndNoneOpensACompanyName()
    {
        var titles = FrenchDataFiles.ReadEntries("english-titles.txt").ToList();
        Assert.True(titles.Count >= 15);
        Assert.All(titles, t => Assert.True(char.IsUpper(t[0])));
        Assert.DoesNotContain("General", titles);
        Assert.DoesNotContain("King", titles);
        Assert.DoesNotContain("Prince", titles);
    }
}
