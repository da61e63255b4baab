using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CompanySentenceRelabelerTests
{
    private static readonly CompanySentenceRelabeler Relabeler = new(["Kering", "Hermès", "LVMH", "Orange", "Vinci", "Bouygues", "Michelin", "Puig"], ["M.", "Mme"]);

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected labels in order.</summary>
    [Theory]
    [InlineData("Kering a perdu 4 %, Hermès 2,1 % et LVMH 1,8 %.", "Kering/ORG Hermès/PER LVMH/ORG", "ORG ORG ORG")]
    [InlineData("Hermès a parlé. Kering a perdu 4 %.", "Hermès/PER Kering/ORG", "PER ORG")]                  // another sentence
    [InlineData("Hermès et Zeus sont des dieux grecs.", "Hermès/PER Zeus/PER", "PER PER")]                  // no company beside it
    [InlineData("Orange accueille une usine de Kering.", "Orange/LOC Kering/ORG", "LOC ORG")]               // a place keeps its label
    [InlineData("Léonard de Vinci et Kering.", "Léonard_de_Vinci/PER Kering/ORG", "PER ORG")]               // only a bare name
    [InlineData("Vinci et la société Acme.", "Vinci/PER Acme/ORG", "PER ORG")]                              // the other one must be known
    [InlineData("Vinci et Bouygues ont terminé à l'équilibre, Michelin a gagné 0,5 %.", "Vinci/PER Bouygues/PER Michelin/PER", "ORG ORG ORG")]
    [InlineData("C'est l'époque des Hermès, Vinci et Michelin.", "Hermès/PER Vinci/PER Michelin/PER", "PER PER PER")]    // bare names alone: people
    [InlineData("Michelin a gagné 0,5 %.", "Michelin/PER", "ORG")]                                            // a percentage
    [InlineData("Michelin a gagné 0,5%.", "Michelin/PER", "ORG")]
    [InlineData("Michelin a parlé. Il a gagné 0,5 %.", "Michelin/PER", "PER")]                               // in another sentence
    [InlineData("Michelin a reçu Zeus.", "Michelin/PER Zeus/PER", "PER PER")]                                  // no company beside it
    [InlineData("Selon un sondage, 58 % des Français estiment que Michelin a tort.", "Michelin/PER", "PER")]   // a percentage before the name
    [InlineData("Hermès a reçu Marie Vinci.", "Hermès/PER Marie_Vinci/PER", "PER PER")]                        // a full name is no company
    [InlineData("Kering et LVMH, reconnaît Mme Puig.", "Kering/ORG LVMH/ORG Puig/PER", "ORG ORG PER")]          // after an honorific
    [InlineData("Kering et LVMH, reconnaît M. Puig.", "Kering/ORG LVMH/ORG Puig/PER", "ORG ORG PER")]
    [InlineData("Kering et LVMH, reconnaît Puig.", "Kering/ORG LVMH/ORG Puig/PER", "ORG ORG ORG")]
    public void ACompanysNameBesideAnotherCompanyIsTheCompany(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, string.Join(" ", input.Run(Relabeler).Select(m => m.Label.ToCode())));
    }
}
