using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class GivenNameSurnameExtenderTests
{
    private static readonly GivenNameSurnameExtender Extender = new(
        FrenchResolutionData.GivenNames, FrenchResolutionData.ReadWords("connectors.txt"), name => name is "Renault" or "Lyon");

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Par Léa Fontaine, à Rennes.", "Léa/PER Rennes/LOC", "Léa_Fontaine/PER Rennes/LOC")]                        // a byline
    [InlineData("Hier, Paul Lenoir a signé.", "Paul/PER", "Paul_Lenoir/PER")]
    [InlineData("Inès Barreau, envoyée spéciale.", "Inès/PER", "Inès_Barreau/PER")]
    [InlineData("Hier, Marie Renault a signé.", "Marie/PER", "Marie/PER")]                                                 // a known company
    [InlineData("Hier, Marie Lyon a signé.", "Marie/PER", "Marie/PER")]                                                    // a known place
    [InlineData("Hier, Paul Lenoir Dupuis a signé.", "Paul/PER", "Paul/PER")]                                              // a longer name: the tagger's
    [InlineData("Hier, Paul Lenoir a signé.", "Paul/PER Lenoir/LOC", "Paul/PER Lenoir/LOC")]                               // a mention there
    [InlineData("Hier, Paul Le a signé.", "Paul/PER", "Paul/PER")]                                                         // a function word
    [InlineData("Hier, Paul  Lenoir a signé.", "Paul/PER", "Paul/PER")]                                                    // two spaces
    [InlineData("Hier, Paul ONU a signé.", "Paul/PER", "Paul/PER")]                                                        // capitals
    [InlineData("Hier, Chirac Fontaine a signé.", "Chirac/PER", "Chirac/PER")]                                             // no given name
    [InlineData("Hier, Paris Lenoir a signé.", "Paris/LOC", "Paris/LOC")]                                                  // not a person
    [InlineData("Léa Remporte Le Grand Prix De La Ville", "Léa/PER", "Léa/PER")]                                           // a headline
    [InlineData("Merci Paul\nLenoir viendra.", "Paul/PER", "Paul/PER")]                                                    // a line break
    public void ExtendsABareGivenNameOverItsSurname(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Extender)));
    }
}
