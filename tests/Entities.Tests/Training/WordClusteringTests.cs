using Entities.Training;

namespace Entities.Tests.Training;

public sealed class WordClusteringTests
{
    /// <summary>Towns and first names in their own frames, many times: with as many classes as words, words of identical
    /// contexts must share a class and words of disjoint contexts must not.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Sentences()
    {
        string[] towns = ["lyon", "lille", "nantes", "rennes"], names = ["marie", "paul", "jeanne", "louis"];
        var sentences = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 12; i++)
        {
            foreach (var town in towns) sentences.Add(["il", "habite", "à", town, "depuis", "longtemps", "."]);
            foreach (var name in names) sentences.Add(["hier", ",", name, "a", "dit", "non", "."]);
        }

        return sentences;
    }

    public static TheoryData<int, int, ContextWeighting> Settings => new()
    {
        { 150, 1, ContextWeighting.SquareRoot },
        { 150, 1, ContextWeighting.Ppmi },
        { 150, 2, ContextWeighting.SquareRoot },
        { 500, 2, ContextWeighting.Ppmi },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void TownsShareAClassApartFromFirstNames(int contextWords, int window, ContextWeighting weighting)
    {
        var options = new WordClusteringOptions { ContextWords = contextWords, Window = window, Weighting = weighting, Coarse = 100, Fine = 100, Seed = 3 };
        var clusters = WordClustering.Cluster(Sentences(), options).ToDictionary(c => c.Word);
        int town = clusters["lyon"].Coarse, name = clusters["marie"].Coarse;
        Assert.NotEqual(town, name);
        Assert.All(new[] { "lille", "nantes", "rennes" }, w => Assert.Equal(town, clusters[w].Coarse));
        Assert.All(new[] { "paul", "jeanne", "louis" }, w => Assert.Equal(name, clusters[w].Coarse));
    }

    [Fact]
    public void SameOptionsGiveTheSameClasses()
    {
        var options = new WordClusteringOptions { ContextWords = 500, Window = 2, Weighting = ContextWeighting.Ppmi, Coarse = 3, Fine = 5 };
        Assert.Equal(WordClustering.Cluster(Sentences(), options), WordClustering.Cluster(Sentences(), options));
    }

    [Fact]
    public void RareWordsGetNoClass()
    {
        var sentences = Sentences().Append(["une", "rareté", "."]).ToArray();
        var clusters = WordClustering.Cluster(sentences, new WordClusteringOptions { Coarse = 2, Fine = 3 });
        Assert.DoesNotContain(clusters, c => c.Word == "rareté");
        Assert.Contains(clusters, c => c.Word == "lyon");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(150, 0)]
    [InlineData(150, 4)]
    public void InvalidOptionsAreRejected(int contextWords, int window) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WordClustering.Cluster(Sentences(), new WordClusteringOptions { ContextWords = contextWords, Window = window }));
}
