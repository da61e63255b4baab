using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary><c>entities eval --pipeline --errors FILE</c>: the pipeline's disagreements with the gold, one per line.</summary>
public sealed class EvalErrorsTests
{
    // Lyon is a place; the gold below calls it a person, so the pipeline disagrees on that sentence only.
    private const string Gold = "Il\tO\nhabite\tO\nà\tO\nLyon\tB-PER\n.\tO\n\nPaul\tB-PER\nvit\tO\nà\tO\nLille\tB-LOC\n.\tO\n";

    [Fact]
    public void Errors_lists_missed_and_spurious_spans_with_their_sentence()
    {
        using var folder = new TempFolder();
        string gold = folder.Write("gold.iob2", Gold), errors = Path.Combine(folder.Path, "errors.tsv");

        var run = CliRun.Invoke("", "eval", gold, "--pipeline", "--errors", errors);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = File.ReadAllLines(errors);
        Assert.Equal("source\tline\tkind\tlabel\tspan\tsentence", lines[0]);
        Assert.Contains($"{gold}\t1\tmissed\tPER\tLyon\tIl habite à Lyon .", lines);
        Assert.Contains($"{gold}\t1\tspurious\tLOC\tLyon\tIl habite à Lyon .", lines);
        Assert.DoesNotContain(lines, line => line.Contains("Paul vit", StringComparison.Ordinal));
    }

    [Fact]
    public void An_errors_file_that_cannot_be_written_is_an_input_error()
    {
        using var folder = new TempFolder();
        string gold = folder.Write("gold.iob2", Gold), errors = Path.Combine(folder.Path, "no-such-folder", "errors.tsv");

        var run = CliRun.Invoke("", "eval", gold, "--pipeline", "--errors", errors);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.StartsWith($"entities: {errors}: cannot write: ", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_without_pipeline_is_a_usage_error()
    {
        using var folder = new TempFolder();
        string gold = folder.Write("gold.iob2", Gold), errors = Path.Combine(folder.Path, "errors.tsv");

        var run = CliRun.Invoke("", "eval", gold, "--errors", errors);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("entities: --errors lists the pipeline's disagreements: add --pipeline", run.ErrorLines[^1]);
        Assert.False(File.Exists(errors));
    }
}
