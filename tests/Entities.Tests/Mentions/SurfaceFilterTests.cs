using Entities.Mentions;
using Entities.Tokenization;

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

    /// <summary>The walk over tokens finds the same tokens as <see cref="SurfaceFilter.MayContain"/> asked token by token.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(2000)]
    public void FirstMayContainFindsTheTokensMayContainAccepts(int count)
    {
        var random = new Random(count);
        var names = Enumerable.Range(0, count).Select(_ => RandomWord(random)).Distinct().ToArray();
        var filter = new SurfaceFilter(names[..(names.Length / 2 + 1)], straightApostrophes: count % 2 == 0);
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        for (int i = 0; i < 3000; i++)
        {
            string word = random.Next(3) == 0 ? names[random.Next(names.Length)] : RandomWord(random);
            tokens.Add(new Token(text.Length, word.Length, TokenKind.Word));
            text.Append(word).Append(' ');
        }

        string document = text.ToString();
        var expected = Enumerable.Range(0, tokens.Count).Where(t => filter.MayContain(tokens[t].GetSpan(document))).ToList();
        Assert.NotEmpty(expected);
        var actual = new List<int>();
        int from = 0;
        while ((from = filter.FirstMayContain(document, tokens.ToArray(), from, tokens.Count)) < tokens.Count) actual.Add(from++);
        Assert.Equal(expected, actual);
        Assert.Equal(7, filter.FirstMayContain(document, tokens.ToArray(), 7, 7));
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
