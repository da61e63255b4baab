using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class HandleFilterTests
{
    /// <summary>Mentions as surface/LABEL (spaces as _ in the specs, so the texts here hold no underscore of their own but the handles'), in text order.</summary>
    [Theory]
    [InlineData("Posté par Vouvray le 3 mars à Blois.", "Vouvray/PER Blois/LOC", "Vouvray/PER Blois/LOC")]
    [InlineData("Merci @Mairie pour le lien vers Blois.", "@Mairie/ORG Blois/LOC", "Blois/LOC")]
    [InlineData("Le consul de Nigeria est arrivé.", "Nigeria/LOC", "Nigeria/LOC")]
    public void DropsUserNames(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(HandleFilter.Instance)));
    }

    [Fact]
    public void DropsAMentionCutOutOfAPseudonym()
    {
        var input = new RefinerInput("Message de Gaelle_R, de Blois, et de R_Vouvray.")
            .With("Gaelle", EntityLabel.Location).With("Blois", EntityLabel.Location).With("Vouvray", EntityLabel.Person);
        var kept = Assert.Single(input.Run(HandleFilter.Instance));
        Assert.Equal("Blois", kept.Text);
    }

    [Fact]
    public void DropsAPseudonymWithUnderscoresAndKeepsAnOcrStain()
    {
        const string text = "Posté par Julien_R_Vouvray. Le consul du _ Nigeria est là.";
        var input = new RefinerInput(text).With("Julien_R_Vouvray", EntityLabel.Person).With("_ Nigeria", EntityLabel.Location);

        var kept = Assert.Single(input.Run(HandleFilter.Instance));
        Assert.Equal("_ Nigeria", kept.Text);
    }

    [Theory]
    [InlineData("Julien_R_Vouvray", true)]
    [InlineData("@elysee", true)]
    [InlineData("Gwen_22", true)]
    [InlineData("_ Nigeria", false)]
    [InlineData("M. Mac _ MiUen", false)]
    [InlineData("Nigeria_", false)]
    [InlineData("Saint-Jean", false)]
    [InlineData("contact @ mairie", false)]
    public void TellsAHandleFromAStain(string text, bool handle) => Assert.Equal(handle, HandleFilter.IsHandle(text));
}
