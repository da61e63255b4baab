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

    /// <summary>
    /// The walk over tokens finds the same tokens as <see cref="SurfaceFilter.MayContain"/> asked token by token, whether the
    /// tokens carry their surface key (made with their text, as a tokenizer makes them) or not.
    /// </summary>
    [Theory]
    [InlineData(1, true)]
    [InlineData(40, false)]
    [InlineData(40, true)]
    [InlineData(2000, false)]
    [InlineData(2000, true)]
    public void FirstMayContainFindsTheTokensMayContainAccepts(int count, bool keyed)
    {
        var random = new Random(count);
        var names = Enumerable.Range(0, count).Select(_ => RandomWord(random)).Distinct().ToArray();
        var filter = new SurfaceFilter(names[..(names.Length / 2 + 1)]);
        var text = new System.Text.StringBuilder();
        var ranges = new List<(int Start, int Length)>();
        for (int i = 0; i < 3000; i++)
        {
            string word = random.Next(3) == 0 ? names[random.Next(names.Length)] : RandomWord(random);
            ranges.Add((text.Length, word.Length));
            text.Append(word).Append(' ');
        }

        string document = text.ToString();
        var tokens = ranges.Select(r => keyed ? new Token(document, r.Start, r.Length, TokenKind.Word) : new Token(r.Start, r.Length, TokenKind.Word)).ToArray();
        var expected = Enumerable.Range(0, tokens.Length).Where(t => filter.MayContain(tokens[t].GetSpan(document))).ToList();
        Assert.NotEmpty(expected);
        var actual = new List<int>();
        int from = 0;
        while ((from = filter.FirstMayContain(document, tokens, from, tokens.Length)) < tokens.Length) actual.Add(from++);
        Assert.Equal(expected, actual);
        Assert.Equal(7, filter.FirstMayContain(document, tokens, 7, 7));
    }

    [Fact]
    public void TypographicApostrophesCountAsStraightOnes()
    {
        var random = new Random(3);
        var names = Enumerable.Range(0, 2000).Select(_ => RandomWord(random).Replace('’', '\'')).Distinct().ToArray();
        var filter = new SurfaceFilter(names);
        foreach (string name in names)
        {
            Assert.True(filter.MayContain(name), name);
            Assert.True(filter.MayContain(name.Replace('\'', '’')), name);
        }
    }

    /// <summary>A token made with its text carries the key of its surface; one made without has none, and the filter computes it.</summary>
    [Theory]
    [InlineData("OTAN", 0, 4)]
    [InlineData("l’Otan", 0, 2)]
    [InlineData("la Cour des comptes", 3, 4)]
    [InlineData("a", 0, 1)]
    public void TokensMadeWithTheirTextCarryTheKeyOfTheirSurface(string text, int start, int length)
    {
        var keyed = new Token(text, start, length, TokenKind.Word);
        var plain = new Token(start, length, TokenKind.Word);
        Assert.Equal(SurfaceKeys.Of(text.AsSpan(start, length)), keyed.SurfaceKey);
        Assert.NotEqual(0u, keyed.SurfaceKey);
        Assert.Equal(0u, plain.SurfaceKey);
        Assert.Equal(keyed.SurfaceKey, SurfaceKeys.Of(text, plain));
        Assert.Equal(plain, keyed);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(text, start, text.Length - start + 1, TokenKind.Word));
    }

    [Fact]
    public void SkipsEmptyTokens()
    {
        const string text = "la CGT";
        var filter = new SurfaceFilter(["CGT", "la"]);
        Token[] tokens = [default, new Token(text, 3, 3, TokenKind.Word), default];
        Assert.Equal(1, filter.FirstMayContain(text, tokens, 0, 3));
        Assert.Equal(3, filter.FirstMayContain(text, tokens, 2, 3));
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
