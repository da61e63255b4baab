using Entities.Tagging;
using Entities.Training;

namespace Entities.Tests.Training;

public sealed class CapitalizationStatisticsTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.019, 0)]
    [InlineData(0.02, 1)]
    [InlineData(0.3, 2)]
    [InlineData(0.6, 3)]
    [InlineData(0.9, 4)]
    [InlineData(0.98, 5)]
    [InlineData(1.0, 5)]
    public void RatioClasses(double ratio, int expected) => Assert.Equal(expected, CapitalizationStatistics.ClassOf(ratio));

    [Fact]
    public void CountsOnlyMidSentencePositions()
    {
        IReadOnlyList<string>[] sentences =
        [
            // Sentence-initial and after a period, a colon or a quote: not counted.
            ["Cette", "idée", "plaît", "."], ["Il", "dit", ":", "Cette", "idée", "."], ["«", "Cette", "idée", "»"], ["Oui", ".", "Cette", "fois", "."],
            ["il", "aime", "cette", "idée", "."], ["je", "vois", "cette", "maison", "."], ["on", "dit", "cette", "chose", "."],
            ["il", "va", "à", "Lyon", "."], ["de", "Lyon", "à", "Paris", "."], ["vers", "Lyon", "."],
            // An all-capital token says nothing.
            ["la", "ville", "de", "LYON", "."],
            ["la", "Pierre", "est", "une", "pierre", "de", "Pierre", "."],
        ];
        var classes = CapitalizationStatistics.Classify(sentences, minCount: 3).ToDictionary(c => c.Word, c => c.Class);
        Assert.Equal(0, classes["cette"]);
        Assert.Equal(CapitalizationStatistics.ClassCount - 1, classes["lyon"]);
        Assert.Equal(CapitalizationStatistics.ClassOf(2.0 / 3), classes["pierre"]);
        Assert.False(classes.ContainsKey("paris"));
    }

    [Fact]
    public void ClassesRoundTripThroughTheModelFileAsVersionThree()
    {
        var features = new FeatureConfiguration { CapitalizationClasses = [new WordCapitalization("cette", 0), new WordCapitalization("lyon", 5)] };
        var tagger = new TaggerTrainer(new TrainerOptions { Epochs = 2, MinFeatureCount = 1, Patience = 0 })
            .Train(Tagging.TinyCorpus.Sentences, Tagging.TinyCorpus.Sentences, features);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        var bytes = stream.ToArray();
        Assert.Equal(3, BitConverter.ToUInt16(bytes, 8));
        var loaded = CrfTagger.Load(new MemoryStream(bytes));
        Assert.Equal(features.CapitalizationClasses, loaded.Features.CapitalizationClasses);
        foreach (var sentence in Tagging.TinyCorpus.Sentences)
            Assert.Equal(tagger.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
    }

    [Fact]
    public void ModelsWithoutClassesStayVersionTwo()
    {
        var tagger = new TaggerTrainer(new TrainerOptions { Epochs = 2, MinFeatureCount = 1, Patience = 0 })
            .Train(Tagging.TinyCorpus.Sentences, Tagging.TinyCorpus.Sentences, FeatureConfiguration.Empty);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        Assert.Equal(2, BitConverter.ToUInt16(stream.ToArray(), 8));
    }
}
