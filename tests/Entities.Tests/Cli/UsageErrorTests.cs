using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary>Command-line mistakes: one line <c>entities: &lt;message&gt;</c> on standard error, exit code 2, nothing processed.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("--threads", "abc", "entities: --threads: 'abc' is not a whole number (expected 1 to 512)")]
    [InlineData("--threads", "1.5", "entities: --threads: '1.5' is not a whole number (expected 1 to 512)")]
    [InlineData("--threads", "99999999999", "entities: --threads: 99999999999 is out of range (expected 1 to 512)")]
    [InlineData("--threads", "0", "entities: --threads: 0 is out of range (expected 1 to 512)")]
    public void Bad_thread_counts_are_one_usage_error_line(string option, string value, string expected)
    {
        var run = CliRun.Invoke("Paris.", "extract", "-", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([expected], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("abc", "entities: --top: 'abc' is not a whole number (expected 0 or more)")]
    [InlineData("-1", "entities: --top: -1 is out of range (expected 0 or more)")]
    public void Bad_top_is_one_usage_error_line(string value, string expected)
    {
        var run = CliRun.Invoke("", "graph", "graph.json", "--top", value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([expected], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    public void Unknown_option_after_a_path_is_a_usage_error_and_nothing_is_processed(string option)
    {
        using var folder = new TempFolder();
        var path = folder.Write("one.txt", "Paris.");

        var run = CliRun.Invoke("", "extract", path, option);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"entities: unknown option '{option}'"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Unknown_option_before_a_path_is_a_usage_error()
    {
        var run = CliRun.Invoke("", "tokenize", "--bogus");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["entities: unknown option '--bogus'"], run.ErrorLines);
    }

    [Fact]
    public void After_double_dash_a_name_starting_with_a_dash_is_a_path()
    {
        var run = CliRun.Invoke("", "extract", "--", "--absent.txt");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal(["entities: --absent.txt: no such file or directory"], run.ErrorLines);
    }

    [Fact]
    public void Unknown_option_among_the_files_of_a_multi_file_option_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var train = folder.Write("train.iob2", "Lyon\tB-LOC\n");

        var run = CliRun.Invoke("", "train", "--train", train, "--bogus", "--out", Path.Combine(folder.Path, "x.model"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["entities: unknown option '--bogus'"], run.ErrorLines);
    }

    [Theory]
    [InlineData("--epochs", "abc", "entities: --epochs: 'abc' is not a whole number")]
    [InlineData("--prune", "x", "entities: --prune: 'x' is not a number")]
    public void Other_numeric_options_name_the_option_not_the_dotnet_type(string option, string value, string expected)
    {
        var run = CliRun.Invoke("", "train", "--train", "a.iob2", "--out", "x.model", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([expected], run.ErrorLines);
    }
}
