using Entities.Tagging;
using Entities.Tests.Tagging;
using Entities.Training;

namespace Entities.Tests.Models;

public sealed class ModelVersionTests
{
    private static string VersionOnePath => Path.Combine(AppContext.BaseDirectory, "Models", "tiny-v1.model");

    [Fact]
    public void ReadsVersionOneFilesWithUnitTemperatureAndNoTriggers()
    {
        var tagger = CrfTagger.Load(VersionOnePath);
        Assert.Equal(1f, tagger.Temperature);
        Assert.Empty(tagger.Features.TriggerWords);
        var spans = tagger.Tag(["Marie", "Dupont", "habite", "à", "Lyon", "."]);
        Assert.Contains(spans, s => s.Start == 0 && s.End == 2 && s.Label == EntityLabel.Person);
        Assert.All(spans, s => Assert.InRange(s.Score, 0, 1));
    }

    [Fact]
    public void VersionOneModelSavedAgainIsVersionTwoWithSamePredictions()
    {
        var first = CrfTagger.Load(VersionOnePath);
        using var stream = new MemoryStream();
        first.Save(stream);
        var bytes = stream.ToArray();
        Assert.Equal(2, BitConverter.ToUInt16(bytes, 8));
        var second = CrfTagger.Load(new MemoryStream(bytes));
        foreach (var sentence in TinyCorpus.Sentences)
            Assert.Equal(first.Tag(sentence.Tokens), second.Tag(sentence.Tokens));
    }

    [Fact]
    public void TemperatureAndTriggerWordsRoundTrip()
    {
        var features = new FeatureConfiguration { TriggerWords = [new TriggerWord("ministère", "ORG"), new TriggerWord("rue", "LOC")] };
        var tagger = new TaggerTrainer(new TrainerOptions { Epochs = 4, MinFeatureCount = 1, Patience = 0 })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, features);
        Assert.True(tagger.Temperature > 0);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        var loaded = CrfTagger.Load(new MemoryStream(stream.ToArray()));
        Assert.Equal(tagger.Temperature, loaded.Temperature);
        Assert.Equal(features.TriggerWords, loaded.Features.TriggerWords);
    }

    [Fact]
    public void OrdinaryWordsRoundTripInAVersionFourFileAndAreNotFeatures()
    {
        var plain = new TaggerTrainer(new TrainerOptions { Epochs = 4, MinFeatureCount = 1, Patience = 0 })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, new FeatureConfiguration());
        var withWords = new TaggerTrainer(new TrainerOptions { Epochs = 4, MinFeatureCount = 1, Patience = 0 })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, new FeatureConfiguration { OrdinaryWords = ["face", "inquiet"] });
        using var stream = new MemoryStream();
        withWords.Save(stream);
        byte[] bytes = stream.ToArray();

        var loaded = CrfTagger.Load(new MemoryStream(bytes));

        Assert.Equal(4, BitConverter.ToUInt16(bytes, 8));
        Assert.Equal(["face", "inquiet"], loaded.Features.OrdinaryWords);
        Assert.Equal(plain.FeatureCount, loaded.FeatureCount);
        var sentence = TinyCorpus.Sentences[0].Tokens;
        Assert.Equal(plain.TagIob2(sentence), loaded.TagIob2(sentence));
    }
}
