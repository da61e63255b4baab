using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CompanySuffixExtenderTests
{
    private static readonly CompanySuffixExtender Extender = new(FrenchResolutionData.ReadWords("company-suffixes.txt"));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("La maison Schneider et Cie, du Creusot, expose.", "Schneider/PER Cie/PER Creusot/LOC", "Schneider_et_Cie/ORG Creusot/LOC")]
    [InlineData("Je suis de la maison Godard et Fils, à Rouen.", "Godard/PER Rouen/LOC", "Godard_et_Fils/ORG Rouen/LOC")]
    [InlineData("Une lettre de Le Guen frères, banquiers.", "Le_Guen/PER", "Le_Guen_frères/ORG")]
    [InlineData("Les ateliers Delvaux frères, à Roubaix.", "Delvaux_frères/PER Roubaix/LOC", "Delvaux_frères/ORG Roubaix/LOC")]          // the suffix already in the span
    [InlineData("Chez Martin et Fils.", "Martin_et_Fils/ORG", "Martin_et_Fils/ORG")]
    [InlineData("Les frères Lumière filment.", "Lumière/PER", "Lumière/PER")]                                                          // the word before the name
    [InlineData("Paul et Cie sont venus.", "", "")]                                                        // nothing tagged before it
    [InlineData("Les Dupont et Cienfuegos.", "Dupont/PER Cienfuegos/PER", "Dupont/PER Cienfuegos/PER")]    // a word boundary after the suffix
    [InlineData("Pierre et ses frères.", "Pierre/PER", "Pierre/PER")]                                       // the suffix must follow the name
    public void AFoundersNameAndAFirmsSuffixAreTheFirm(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Extender)));
    }
}
