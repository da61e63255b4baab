using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ExclusionFilterTests
{
    private static readonly ExclusionFilter Filter = new(["Gouvernement", "Read more"], ["TVA", "DAX"]);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Le Gouvernement a relevé la TVA à Paris.", "Gouvernement/ORG TVA/ORG Paris/LOC", "Paris/LOC")]
    [InlineData("Le gouvernement a parlé. Read More", "gouvernement/ORG Read_More/PER", "")]          // folded: any case
    [InlineData("Le DAX a baissé, Dax a voté.", "DAX/ORG Dax/LOC", "Dax/LOC")]                     // as written: not the town
    [InlineData("Le Tva a parlé.", "Tva/ORG", "Tva/ORG")]
    [InlineData("La TVA Sports a diffusé le match.", "TVA_Sports/ORG", "TVA_Sports/ORG")]         // the whole mention only
    public void DropsTheMentionsWhoseTextIsExcluded(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Filter)));
    }
}
