using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary><see cref="SurfaceFilter"/> is a pre-check: it must never reject a name of its set, or a refiner would miss it.</summary>
public sealed class SurfaceFilterTests
{
    private const string Alphabet = "abcdeéAÉBCDZ0129'’-. ";

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(300)]
    [InlineData(20_000)]
    public void EveryNameOfTheSetMayBeContained(int count)
    {
        var random = new Random(count);
        var names = Enumerable.Range(0, count).Select(_ => RandomWord(random).Replace('’', '\'')).Distinct().ToArray();
        var filter = new SurfaceFilter(names);
        Assert.All(names, name => Assert.True(filter.MayContain(name), name));
    }

    [Fact]
    public void TypographicApostrophesCountAsStraightOnesWhenAsked()
    {
        var random = new Random(3);
        var names = Enumerable.Range(0, 2000).Select(_ => RandomWord(random).Replace('’', '\'')).Distinct().ToArray();
        var filter = new SurfaceFilter(names, straightApostrophes: true);
        foreach (string name in names)
        {
            Assert.True(filter.MayContain(name), name);
            Assert.True(filter.MayContain(name.Replace('\'', '’')), name);
        }
    }

    [Fact]
    public void RejectsMostOtherSurfacesAndTheEmptyOne()
    {
        var filter = new SurfaceFilter(["OTAN", "ONU", "BCE", "G20", "Conseil", "l'Insee"]);
        Assert.False(filter.MayContain(""));
        var random = new Random(5);
        var others = Enumerable.Range(0, 1000).Select(_ => RandomWord(random)).ToArray();
        Assert.True(others.Count(other => filter.MayContain(other)) < 100);
    }

    [Fact]
    public void AnEmptySetRejectsEverything()
    {
        var filter = new SurfaceFilter([]);
        Assert.False(filter.MayContain("OTAN"));
        Assert.False(filter.MayContain("a"));
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(1, 12)];
        for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new string(chars);
    }
}
