using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class QuotedTitleRelabelerTests
{
    [Theory]
    [InlineData("Son film « Madeleine », sorti en mai, plaît.", "Madeleine", EntityLabel.Person, "Madeleine/MISC")]                 // a work's title
    [InlineData("Son film «\u00A0Madeleine\u00A0» plaît.", "Madeleine", EntityLabel.Person, "Madeleine/MISC")]                       // no-break spaces
    [InlineData("Son roman «Les Quais de Sète» paraît.", "Les Quais de Sète", EntityLabel.Location, "Les Quais de Sète/MISC")]       // no space
    [InlineData("Il a lu “Tanger” hier.", "Tanger", EntityLabel.Location, "Tanger/MISC")]
    [InlineData("Sa liste « Angers en grand » gagne.", "Angers en grand", EntityLabel.Organization, "Angers en grand/ORG")]          // an organization keeps its label
    [InlineData("« Madeleine est partie », dit-il.", "Madeleine", EntityLabel.Person, "Madeleine/PER")]                             // a quote, not a title
    [InlineData("Il cite « la ville de Tanger ».", "Tanger", EntityLabel.Location, "Tanger/LOC")]
    [InlineData("Il va à Tanger.", "Tanger", EntityLabel.Location, "Tanger/LOC")]
    public void AQuotedPersonOrPlaceIsATitle(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(QuotedTitleRelabeler.Instance)));
    }
}
