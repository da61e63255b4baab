using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class LeadingWordTrimmerTests
{
    private static readonly LeadingWordTrimmer Trimmer = new(FrenchResolutionData.ReadWords("greetings.txt"));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Merci Aurélien ! Très bon article.", "Merci_Aurélien/PER", "Aurélien/PER")]
    [InlineData("Chère Amélie, je vous écris de Tours.", "Chère_Amélie/PER Tours/LOC", "Amélie/PER Tours/LOC")]
    [InlineData("BRAVO Sophie Martin", "BRAVO_Sophie_Martin/PER", "Sophie_Martin/PER")]
    [InlineData("Merci ! À Lyon.", "Merci/PER Lyon/LOC", "Lyon/LOC")]                                              // the word alone
    [InlineData("Merci pour tout.", "Merci_pour/PER", "Merci_pour/PER")]                                           // no capital after it
    [InlineData("Merci Aurélien.", "Merci_Aurélien/ORG", "Merci_Aurélien/ORG")]                                     // persons only
    [InlineData("Jean Merci arrive.", "Jean_Merci/PER", "Jean_Merci/PER")]                                           // not the first word
    public void KeepsGreetingsOutOfPersons(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Trimmer)));
    }
}
