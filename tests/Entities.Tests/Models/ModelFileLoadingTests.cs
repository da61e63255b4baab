using Entities.French.Extraction;
using Entities.Models;
using Entities.Tagging;
using Entities.Tests.Tagging;
using Entities.Training;

namespace Entities.Tests.Models;

/// <summary>
/// Bad model files on disk (empty, truncated, corrupted so the checksum fails, wrong magic, newer format version) each raise one
/// <see cref="ModelFormatException"/> naming the file and the reason, both through <see cref="CrfTagger.Load(string)"/> and
/// through <see cref="FrenchEntityExtractor"/> with <see cref="FrenchEntityExtractorOptions.ModelPath"/>; a good file next to them
/// still loads (nothing is cached half-loaded).
/// </summary>
public sealed class ModelFileLoadingTests : IDisposable
{
    private static readonly Lazy<byte[]> ModelBytes = new(() =>
    {
        var tagger = new TaggerTrainer(new TrainerOptions { Epochs = 2, MinFeatureCount = 1, Patience = 0 })
            .Train(TinyCorpus.Sentences, [], new FeatureConfiguration());
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    });

    private readonly string directory = Path.Combine(Path.GetTempPath(), $"entities-models-{Guid.NewGuid():N}");

    public ModelFileLoadingTests() => Directory.CreateDirectory(directory);

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "empty" },
        { "truncated", "truncated" },
        { "corrupted", "checksum" },
        { "magic", "wrong magic" },
        { "newer", "newer" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Tagger_load_names_the_file_and_the_reason(string corruption, string reason)
    {
        string path = Write(corruption);
        var e = Assert.Throws<ModelFormatException>(() => CrfTagger.Load(path));
        AssertNamesFileAndReason(e, path, reason);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void French_extractor_names_the_file_and_the_reason(string corruption, string reason)
    {
        string path = Write(corruption);
        var e = Assert.Throws<ModelFormatException>(() => new FrenchEntityExtractor(new FrenchEntityExtractorOptions { ModelPath = path }));
        AssertNamesFileAndReason(e, path, reason);
    }

    [Fact]
    public void A_good_file_loads_after_the_bad_ones()
    {
        foreach (string corruption in new[] { "empty", "truncated", "corrupted", "magic", "newer" })
        {
            string bad = Write(corruption);
            Assert.Throws<ModelFormatException>(() => new FrenchEntityExtractor(new FrenchEntityExtractorOptions { ModelPath = bad }));
        }

        string good = Write("good");
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { ModelPath = good });
        Assert.Equal(CrfTagger.Load(good).FeatureCount, ((CrfTagger)extractor.Tagger).FeatureCount);
        Assert.NotNull(extractor.ExtractEntities("Jean Dupont habite à Lyon."));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static void AssertNamesFileAndReason(ModelFormatException e, string path, string reason)
    {
        Assert.Equal(path, e.Source);
        Assert.Contains(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Problem, StringComparison.OrdinalIgnoreCase);
    }

    private string Write(string corruption)
    {
        var bytes = (byte[])ModelBytes.Value.Clone();
        bytes = corruption switch
        {
            "good" => bytes,
            "empty" => [],
            "truncated" => bytes[..(bytes.Length * 2 / 3)],
            "corrupted" => Flip(bytes, 24 + (bytes.Length - 24) / 2),
            "magic" => Flip(bytes, 0),
            "newer" => Set(bytes, 8, (byte)(Entities.Tagging.ModelSerializer.FormatVersion + 1)),
            _ => throw new ArgumentException(corruption),
        };
        string path = Path.Combine(directory, $"{corruption}-model.bin");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        bytes[index] ^= 0x5A;
        return bytes;
    }

    private static byte[] Set(byte[] bytes, int index, byte value)
    {
        bytes[index] = value;
        return bytes;
    }
}
