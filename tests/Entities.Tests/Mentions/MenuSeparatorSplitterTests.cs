using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class MenuSeparatorSplitterTests
{
    [Theory]
    [InlineData("Partager : Facebook · Bluesky · Imprimer", "Bluesky_·_Imprimer/MISC", "Bluesky/MISC Imprimer/MISC")]
    [InlineData("Suivez-nous : Facebook | Instagram", "Facebook_|_Instagram/ORG", "Facebook/ORG Instagram/ORG")]
    [InlineData("Suivez-nous : Facebook  |  Instagram", "Facebook__|__Instagram/ORG", "Facebook/ORG Instagram/ORG")]   // several blanks
    [InlineData("Réseaux : Facebook • X • LinkedIn", "Facebook_•_X_•_LinkedIn/ORG", "Facebook/ORG LinkedIn/ORG")]      // cut at the first and the last
    [InlineData("Les étudiant·es de Paris·Sorbonne", "Paris·Sorbonne/ORG", "Paris·Sorbonne/ORG")]                       // not set apart by blanks
    [InlineData("Le groupe Arts | Métiers expose.", "Arts_|_Métiers/ORG", "Arts/ORG Métiers/ORG")]
    [InlineData("Le groupe Arts et Métiers expose.", "Arts_et_Métiers/ORG", "Arts_et_Métiers/ORG")]                     // no separator
    public void SplitsAMentionAtAMenuSeparator(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(MenuSeparatorSplitter.Instance)));
    }
}
