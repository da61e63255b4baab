using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary>Malformed or empty IOB2 files given to <c>train</c> and <c>eval</c> are input errors (exit 1, <c>entities: &lt;file&gt;: &lt;reason&gt;</c>), not internal errors.</summary>
public sealed class CorpusInputErrorTests
{
    private const string Good = "Marie\tB-PER\nhabite\tO\nà\tO\nLyon\tB-LOC\n.\tO\n\nPaul\tB-PER\nvit\tO\nà\tO\nLille\tB-LOC\n.\tO\n";

    [Theory]
    [InlineData("Marie\tB-PER\nDupont\n", "line 2: expected TOKEN<TAB>TAG, found no tab in \"Dupont\"")]
    [InlineData("Marie\tX-PER\n", "line 1: invalid tag \"X-PER\" (expected O, B-X or I-X)")]
    [InlineData("", "no sentence (expected one token<TAB>tag per line, a blank line between sentences)")]
    [InlineData("\n\n-DOCSTART-\n", "no sentence (expected one token<TAB>tag per line, a blank line between sentences)")]
    public void Train_reports_a_bad_training_file_as_an_input_error(string content, string reason)
    {
        using var folder = new TempFolder();
        string bad = folder.Write("bad.iob2", content), model = Path.Combine(folder.Path, "x.model");

        var run = CliRun.Invoke("", "train", "--train", bad, "--out", model, "--epochs", "1", "--no-clusters");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal($"entities: {bad}: {reason}", run.ErrorLines[^1]);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void Train_reports_a_bad_dev_file_before_training()
    {
        using var folder = new TempFolder();
        string train = folder.Write("train.iob2", Good), dev = folder.Write("dev.iob2", "Lyon\n"), model = Path.Combine(folder.Path, "x.model");

        var run = CliRun.Invoke("", "train", "--train", train, "--dev", dev, "--out", model, "--epochs", "1", "--no-clusters");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal($"entities: {dev}: line 1: expected TOKEN<TAB>TAG, found no tab in \"Lyon\"", run.ErrorLines[^1]);
        Assert.DoesNotContain("epoch", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Theory]
    [InlineData("Marie\tB-PER\nDupont\n", "line 2: expected TOKEN<TAB>TAG, found no tab in \"Dupont\"")]
    [InlineData("", "no sentence (expected one token<TAB>tag per line, a blank line between sentences)")]
    public void Eval_reports_a_bad_file_and_scores_the_others(string content, string reason)
    {
        using var folder = new TempFolder();
        string bad = folder.Write("bad.iob2", content), good = folder.Write("good.iob2", Good);

        var run = CliRun.Invoke("", "eval", bad, good);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains($"entities: {bad}: {reason}", run.ErrorLines);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Contains(good, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, run.Output, StringComparison.Ordinal);
    }
}
