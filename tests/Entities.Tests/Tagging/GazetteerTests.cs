using Entities.Tagging;

namespace Entities.Tests.Tagging;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("L'Isle-Adam", new[] { "L'", "Isle-Adam" })]
    [InlineData("Corée du Nord", new[] { "Corée", "du", "Nord" })]
    [InlineData("Côte d’Ivoire", new[] { "Côte", "d'", "Ivoire" })]
    public void TokenizesEntries(string entry, string[] tokens) => Assert.Equal(tokens, Gazetteer.TokenizeEntry(entry));

    [Fact]
    public void MarksLongestMatches()
    {
        var matcher = new GazetteerMatcher([new Gazetteer("country", ["Corée", "Corée du Nord", "France"])]);
        string[] tokens = ["La", "Corée", "du", "Nord", "et", "la", "France"];
        var marks = new byte[tokens.Length];
        matcher.Match(tokens.Select(t => FeatureHash.OfSpan(t)).ToArray(), marks);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 0, 0, 4 }, marks);
    }
}
