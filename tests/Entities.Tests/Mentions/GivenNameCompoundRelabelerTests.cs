using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class GivenNameCompoundRelabelerTests
{
    private static readonly GivenNameCompoundRelabeler Relabeler = new(FrenchResolutionData.GivenNames, name => name == "Marie-Galante");

    [Theory]
    [InlineData("Louis-Philippe/LOC", "Vous vivez par la grâce de Louis-Philippe.", "Louis-Philippe/PER")]
    [InlineData("Marie-Christine/ORG", "Marie-Christine a signé le registre.", "Marie-Christine/PER")]
    [InlineData("Jean-Marie/MISC", "Le neveu de Jean-Marie arrive.", "Jean-Marie/PER")]
    [InlineData("Marie-Galante/LOC", "Il part pour Marie-Galante.", "Marie-Galante/LOC")]          // a known place
    [InlineData("Jean-Jaurès/LOC", "Descendez à Jean-Jaurès.", "Jean-Jaurès/LOC")]                  // a surname after the hyphen
    [InlineData("Paris-Roubaix/MISC", "Il a couru Paris-Roubaix.", "Paris-Roubaix/MISC")]
    [InlineData("Louis/LOC", "Il vit à Saint-Louis et Louis arrive.", "Louis/LOC")]                // one name alone
    public void CompoundsOfGivenNamesArePeople(string specs, string text, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }
}
