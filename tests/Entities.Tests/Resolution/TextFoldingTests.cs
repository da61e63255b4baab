using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Pruſſe", "prusse")]
    [InlineData("Élysée", "elysee")]
    [InlineData("Sergueï", "serguei")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("KIM  Jong\u00A0Un", "kim jong un")]
    [InlineData("Côte d’Ivoire", "cote d ivoire")]
    [InlineData("Côte d'Ivoire", "cote d ivoire")]
    [InlineData("U.S.", "us")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("  ", "")]
    public void FoldsCaseDiacriticsAndSeparators(string input, string expected) => Assert.Equal(expected, TextFolding.Fold(input));

    [Theory]
    [InlineData("Zelensky", "Zelenski")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("Sergueï", "Sergei")]
    [InlineData("Sergueï", "Sergey")]
    [InlineData("Koursk", "Kursk")]
    [InlineData("Khodorkovski", "Hodorkovsky")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Kim Jong-un", "Kim Jong-Un")]
    public void TransliterationVariantsShareAKey(string a, string b)
    {
        var keys = FrenchAliasTable.Default.KeyBuilder;
        Assert.Equal(keys.Build(a), keys.Build(b));
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim Yo-jong")]
    [InlineData("Zelensky", "Zelenka")]
    [InlineData("Paris", "Parisi")]
    [InlineData("Marine Le Pen", "Jean-Marie Le Pen")]
    public void DifferentNamesKeepDifferentKeys(string a, string b)
    {
        var keys = FrenchAliasTable.Default.KeyBuilder;
        Assert.NotEqual(keys.Build(a), keys.Build(b));
    }
}
