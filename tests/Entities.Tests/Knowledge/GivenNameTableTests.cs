using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Knowledge;

/// <summary>The given-name table (<c>Data/aliases/given-names.tsv</c>) and its reader.</summary>
public sealed class GivenNameTableTests
{
    private static readonly GivenNameGenders Table = FrenchResolutionData.LoadProfile().GivenNames;

    [Fact]
    public void TheTableIsLoadedWithThousandsOfNames() => Assert.InRange(Table.Count, 1000, 10000);

    [Theory]
    [InlineData("Claire", PersonGender.Female)]
    [InlineData("claire", PersonGender.Female)]
    [InlineData("Hélène", PersonGender.Female)]
    [InlineData("Helene", PersonGender.Female)]
    [InlineData("Jean-Luc", PersonGender.Male)]
    [InlineData("Volodymyr", PersonGender.Male)]
    [InlineData("Olena", PersonGender.Female)]
    [InlineData("Camille", PersonGender.Unknown)]   // given to both sexes: left out
    [InlineData("Dominique", PersonGender.Unknown)]
    [InlineData("Andrea", PersonGender.Unknown)]    // male in Italian, female elsewhere
    [InlineData("Paris", PersonGender.Unknown)]
    public void NamesHaveTheirGender(string name, PersonGender expected) => Assert.Equal(expected, Table.GenderOf(name));

    [Theory]
    [InlineData("Claire\tx")]
    [InlineData("Claire")]
    [InlineData("\tf")]
    [InlineData("Claire\tf\textra")]
    public void AMalformedLineIsReportedWithItsNumber(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => GivenNameGenders.Parse(new StringReader("# names\n" + line + "\n"), "names.tsv"));
        Assert.StartsWith("names.tsv:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameListedWithBothGendersIsAnError() =>
        Assert.Throws<InvalidDataException>(() => GivenNameGenders.Parse(new StringReader("Claire\tf\nCLAIRE\tm\n"), "names.tsv"));
}
