using Entities.Models;
using Entities.Tagging;
using Entities.Tests.Tagging;
using Entities.Training;

namespace Entities.Tests.Models;

public sealed class ModelFormatTests
{
    private static readonly Lazy<byte[]> ModelBytes = new(() =>
    {
        var tagger = new TaggerTrainer(new TrainerOptions { Epochs = 4, MinFeatureCount = 1, Patience = 0 })
            .Train(TinyCorpus.Sentences, [], new FeatureConfiguration { Gazetteers = [new Gazetteer("city", ["Lyon"])], TitleWords = ["m"] });
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    });

    private static CrfTagger Load(byte[] bytes) => CrfTagger.Load(new MemoryStream(bytes), "test.model");

    [Fact]
    public void RoundTripsWithSamePredictions()
    {
        var first = Load(ModelBytes.Value);
        string path = Path.Combine(Path.GetTempPath(), $"entities-{Guid.NewGuid():N}.model");
        try
        {
            first.Save(path);
            var second = CrfTagger.Load(path);
            foreach (var sentence in TinyCorpus.Sentences)
                Assert.Equal(first.Tag(sentence.Tokens), second.Tag(sentence.Tokens));
            Assert.Equal(first.FeatureCount, second.FeatureCount);
            Assert.Equal(ModelBytes.Value, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string, string> Corruptions => new()
    {
        { "empty", "empty" },
        { "magic", "wrong magic" },
        { "version", "newer" },
        { "truncated", "truncated" },
        { "header", "truncated header" },
        { "flip", "checksum" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void BadFilesGiveOneClearException(string corruption, string expected)
    {
        var bytes = (byte[])ModelBytes.Value.Clone();
        bytes = corruption switch
        {
            "empty" => [],
            "magic" => [.. "NOTAMODEL-AT-ALL-NOPE-NOPE"u8.ToArray()],
            "version" => Patch(bytes, 8, 99),
            "truncated" => bytes[..(bytes.Length - 10)],
            "header" => bytes[..12],
            "flip" => Patch(bytes, bytes.Length / 2, (byte)(bytes[bytes.Length / 2] ^ 0x55)),
            _ => throw new ArgumentException(corruption),
        };
        var e = Assert.Throws<ModelFormatException>(() => Load(bytes));
        Assert.Contains("test.model", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MissingFileGivesModelFormatException()
    {
        var e = Assert.Throws<ModelFormatException>(() => CrfTagger.Load("/nonexistent/dir/x.model"));
        Assert.Contains("x.model", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Patch(byte[] bytes, int index, byte value)
    {
        bytes[index] = value;
        return bytes;
    }
}
