using Entities.Graph;

namespace Entities.Tests.Graph;

public sealed class CanonicalNameSelectorTests
{
    [Theory]
    [InlineData("Emmanuel Macron", "Macron=9", "Emmanuel Macron=2")]
    [InlineData("Emmanuel Macron", "Emmanuel Macron=5", "Emmanuel Jean-Michel Macron=1")]
    [InlineData("Organisation du traité de l'Atlantique nord", "OTAN=40", "Organisation du traité de l'Atlantique nord=2")]
    [InlineData("Kim Jong Un", "Kim Jong Un=2", "Kim Jong-un=2")]
    [InlineData("Jean-Yves Le Drian", "Jean-Yves Le Drian=2", "Jean-Yves Le Drian)=5")]
    [InlineData("France", "France=3", "france=7")]
    [InlineData("Séoul", "Séoul=1")]
    [InlineData("Bruxelles", "BRUXELLES=3", "Bruxelles=1")]
    [InlineData("Vilnius", "VILNIUS=1", "Vilnius=1")]
    [InlineData("OTAN", "OTAN=3", "Otan=1")]
    [InlineData("NIS", "NIS=2")]
    public void PicksTheLongestWellFormedMostFrequentFullForm(string expected, params string[] aliases)
    {
        var counts = aliases.Select(a => a.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, CanonicalNameSelector.Select(counts, "fallback"));
    }

    [Fact]
    public void FallsBackWhenThereIsNoAlias() =>
        Assert.Equal("fallback", CanonicalNameSelector.Select(new Dictionary<string, int>(), "fallback"));
}
