using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class HonorificListRelabelerTests
{
    private static readonly HonorificListRelabeler Relabeler = new(["MM.", "Mmes"]);

    [Theory]
    [InlineData("MM. Bertoni, Micheli et Tissières déposent une motion.", "Bertoni/PER Micheli/LOC Tissières/LOC", "Bertoni/PER Micheli/PER Tissières/PER")]
    [InlineData("Mmes Martin et Perrot ont voté.", "Martin/PER Perrot/ORG", "Martin/PER Perrot/PER")]
    [InlineData("MM Stump, Kraft, et Wey ont parlé.", "Stump/LOC Kraft/ORG Wey/LOC", "Stump/PER Kraft/PER Wey/PER")]                 // no period, ", et"
    [InlineData("MM. Bertoni et Micheli sont allés à Berne.", "Bertoni/PER Micheli/PER Berne/LOC", "Bertoni/PER Micheli/PER Berne/LOC")] // the chain stops
    [InlineData("Micheli et Tissières déposent.", "Micheli/LOC Tissières/LOC", "Micheli/LOC Tissières/LOC")]                          // no honorific
    public void EveryNameAPluralHonorificListsIsAPerson(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }
}
