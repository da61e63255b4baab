using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PersonInitialRefinerTests
{
    private static readonly PersonInitialRefiner Refiner = new(FrenchResolutionData.GivenNames);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Publié par Sophie M.\nTrès bon article.", "Sophie/PER", "Sophie_M./PER")]
    [InlineData("Nadine R., 54 ans, témoigne.", "", "Nadine_R./PER")]                                   // a given name left untagged
    [InlineData("Jean-Yves P. a commenté.", "", "Jean-Yves_P./PER")]
    [InlineData("John F. Kennedy parla.", "John_F._Kennedy/PER", "John_F._Kennedy/PER")]               // a middle initial: the tagger's
    [InlineData("Sophie M. Martin parla.", "Sophie/PER", "Sophie/PER")]                                 // a capitalized word follows
    [InlineData("Le quartier Paris M. est calme.", "Paris/LOC", "Paris/LOC")]                          // only persons and given names
    [InlineData("Il a vu Bobul R. hier.", "", "")]                                                       // not a given name
    [InlineData("Voir Sophie M.-A. Durand.", "", "")]                                                    // not a lone initial
    public void ReadsAFirstNameAndAnInitialAsOnePerson(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Refiner)));
    }
}
