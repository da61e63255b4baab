using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class OrganizationWordRelabelerTests
{
    private static readonly OrganizationWordRelabeler Relabeler = new(["Automotive", "SA"], name => name is "Louis");

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Le groupe Kessler Automotive ferme. Kessler a confirmé.", "Kessler_Automotive/ORG Kessler/PER", "Kessler_Automotive/ORG Kessler/ORG")]
    [InlineData("Kessler a confirmé. Le groupe Kessler Automotive ferme.", "Kessler/PER Kessler_Automotive/ORG", "Kessler/ORG Kessler_Automotive/ORG")]   // either order
    [InlineData("Le groupe Kessler Automotive ferme. Kessler a confirmé.", "Kessler_Automotive/ORG Kessler/LOC", "Kessler_Automotive/ORG Kessler/LOC")]   // places never change
    [InlineData("Louis Automotive ferme. Louis a confirmé.", "Louis_Automotive/ORG Louis/PER", "Louis_Automotive/ORG Louis/PER")]                         // a given name
    [InlineData("Kessler Automotive ferme. Jean Kessler et Kessler.", "Kessler_Automotive/ORG Jean_Kessler/PER Kessler/PER", "Kessler_Automotive/ORG Jean_Kessler/PER Kessler/PER")] // the person's word too
    [InlineData("Godard et Fils ouvre. Godard sourit.", "Godard_et_Fils/ORG Godard/PER", "Godard_et_Fils/ORG Godard/PER")]                               // a family firm
    [InlineData("Les Menuiseries Rialland ferment. Rialland se tait.", "Menuiseries_Rialland/ORG Rialland/PER", "Menuiseries_Rialland/ORG Rialland/PER")] // not the first word
    public void AShortFormOfAFirmIsThatFirm(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }
}
