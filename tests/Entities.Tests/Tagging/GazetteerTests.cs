using Entities.Tagging;

namespace Entities.Tests.Tagging;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("L'Isle-Adam", new[] { "L'", "Isle-Adam" })]
    [InlineData("Corée du Nord", new[] { "Corée", "du", "Nord" })]
    [InlineData("Côte d’Ivoire", new[] { "Côte", "d'", "Ivoire" })]
    [InlineData("Saint-Étienne", new[] { "Saint-Étienne" })]
    [InlineData("Lyon", new[] { "Lyon" })]
    [InlineData("Aujourd'hui", new[] { "Aujourd'hui" })]
    [InlineData("Jusqu'à Lyon", new[] { "Jusqu'", "à", "Lyon" })]
    [InlineData("New\u00A0York", new[] { "New", "York" })]
    public void TokenizesEntries(string entry, string[] tokens) => Assert.Equal(tokens, Gazetteer.TokenizeEntry(entry));

    [Theory]
    [InlineData(new[] { "Lyon", "Brest", "Lyon", " Nice ", "", "  " }, new[] { "Brest", "Lyon", "Nice" })]
    [InlineData(new[] { "Brest", "Lyon", "Nice" }, new[] { "Brest", "Lyon", "Nice" })]
    [InlineData(new[] { "Brest", "Brest" }, new[] { "Brest" })]
    [InlineData(new[] { "Nice", "Brest" }, new[] { "Brest", "Nice" })]
    [InlineData(new[] { "Brest", "Nice " }, new[] { "Brest", "Nice" })]
    [InlineData(new string[0], new string[0])]
    public void NormalizesEntriesWhateverTheirOrder(string[] given, string[] expected) =>
        Assert.Equal(expected, new Gazetteer("test", given).Entries);

    [Theory]
    [InlineData("Lyon", true)]
    [InlineData("Nice", true)]          // trimmed when the gazetteer was made
    [InlineData("lyon", false)]         // as written
    [InlineData("Paris", false)]
    public void ContainsLooksNamesUpAsWritten(string name, bool expected) =>
        Assert.Equal(expected, new Gazetteer("test", ["Lyon", "Brest", " Nice "]).Contains(name));

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
