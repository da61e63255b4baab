using Entities.Cli;
using Entities.Tagging;

namespace Entities.Tests.Cli;

public sealed class TrainClusteringOptionsTests
{
    private const string Corpus = """
        Marie	B-PER
        Dupont	I-PER
        habite	O
        à	O
        Lyon	B-LOC
        .	O

        Paul	B-PER
        Martin	I-PER
        vit	O
        à	O
        Lille	B-LOC
        .	O

        Elle	O
        habite	O
        à	O
        Lyon	B-LOC
        depuis	O
        Lyon	B-LOC
        .	O

        """;

    [Fact]
    public void ClusteringAndCapitalizationOptionsAreStoredInTheModel()
    {
        using var folder = new TempFolder();
        string train = folder.Write("train.iob2", Corpus), model = Path.Combine(folder.Path, "m.model");
        var run = CliRun.Invoke("", "train", "--train", train, "--out", model, "--epochs", "2", "--min-count", "1", "--no-aliases", "--no-triggers",
            "--cluster-window", "2", "--cluster-weighting", "ppmi", "--cluster-context", "500", "--cluster-min-count", "2", "--capitalization-classes");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var tagger = CrfTagger.Load(model);
        Assert.Equal("context=500 window=2 weighting=ppmi coarse=64 fine=384 minCount=2 seed=1", tagger.Metadata["clustering"]);
        Assert.Contains(tagger.Features.WordClusters, c => c.Word == "lyon");
        Assert.Contains(tagger.Features.CapitalizationClasses, c => c.Word == "à" && c.Class == 0);
        Assert.Contains(tagger.Features.CapitalizationClasses, c => c.Word == "lyon" && c.Class == 5);
    }

    [Fact]
    public void DefaultClusteringIsRecordedAndAddsNoCapitalizationClasses()
    {
        using var folder = new TempFolder();
        string train = folder.Write("train.iob2", Corpus), model = Path.Combine(folder.Path, "m.model");
        var run = CliRun.Invoke("", "train", "--train", train, "--out", model, "--epochs", "1", "--min-count", "1", "--no-aliases", "--no-triggers", "--cluster-min-count", "4");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var tagger = CrfTagger.Load(model);
        Assert.Equal("context=150 window=2 weighting=sqrt coarse=64 fine=384 minCount=4 seed=1", tagger.Metadata["clustering"]);
        Assert.Empty(tagger.Features.CapitalizationClasses);
    }

    [Theory]
    [InlineData("--cluster-weighting", "tfidf")]
    [InlineData("--cluster-window", "0")]
    [InlineData("--cluster-context", "0")]
    public void InvalidClusteringOptionsAreInputErrors(string option, string value)
    {
        using var folder = new TempFolder();
        string train = folder.Write("train.iob2", Corpus), model = Path.Combine(folder.Path, "m.model");
        var run = CliRun.Invoke("", "train", "--train", train, "--out", model, option, value);
        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.False(File.Exists(model));
    }
}
