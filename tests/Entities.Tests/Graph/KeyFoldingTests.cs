using Entities.Graph;

namespace Entities.Tests.Graph;

public sealed class KeyFoldingTests
{
    [Theory]
    [InlineData("Élisabeth Borne", "elisabeth borne")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("Kim Jong\u2011Un", "kim jong un")]
    [InlineData("L’Oréal", "l'oreal")]
    [InlineData("  Corée\u00A0du \u202FNord ", "coree du nord")]
    [InlineData("Œuvre d’Orient", "oeuvre d'orient")]
    [InlineData("OTAN", "otan")]
    [InlineData("", "")]
    public void Folds(string input, string expected) => Assert.Equal(expected, KeyFolding.Fold(input));
}
