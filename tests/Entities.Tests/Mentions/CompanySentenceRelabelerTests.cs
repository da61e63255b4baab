using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CompanySentenceRelabelerTests
{
    private static readonly CompanySentenceRelabeler Relabeler = new(["Kering", "Hermès", "LVMH", "Orange", "Vinci"]);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected labels in order.</summary>
    [Theory]
    [InlineData("Kering a perdu 4 %, Hermès 2,1 % et LVMH 1,8 %.", "Kering/ORG Hermès/PER LVMH/ORG", "ORG ORG ORG")]
    [InlineData("Hermès a parlé. Kering a perdu 4 %.", "Hermès/PER Kering/ORG", "PER ORG")]                  // another sentence
    [InlineData("Hermès et Zeus sont des dieux grecs.", "Hermès/PER Zeus/PER", "PER PER")]                  // no company beside it
    [InlineData("Orange accueille une usine de Kering.", "Orange/LOC Kering/ORG", "LOC ORG")]               // a place keeps its label
    [InlineData("Léonard de Vinci et Kering.", "Léonard_de_Vinci/PER Kering/ORG", "PER ORG")]               // only a bare name
    [InlineData("Vinci et la société Acme.", "Vinci/PER Acme/ORG", "PER ORG")]                              // the other one must be known
    public void ACompanysNameBesideAnotherCompanyIsTheCompany(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, string.Join(" ", input.Run(Relabeler).Select(m => m.Label.ToCode())));
    }
}
