using System.Text.RegularExpressions;
using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary>Help: <c>entities</c> alone prints it; every command's <c>--help</c> has examples; <c>train --help</c> explains its input and update rule.</summary>
public sealed class HelpTests
{
    [Fact]
    public void No_command_prints_the_help_on_standard_output_and_exits_2()
    {
        // Exit code 2: no command is a usage error (README, "Exit codes"), but the help is more useful than
        // "Required command was not provided.". The help goes to standard output, like --help, so it can be paged.
        var run = CliRun.Invoke("");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Commands:", run.Output, StringComparison.Ordinal);
        Assert.Contains("extract", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tokenize")]
    [InlineData("extract")]
    [InlineData("graph")]
    [InlineData("tag")]
    [InlineData("eval")]
    [InlineData("train")]
    public void Every_command_help_has_an_example(string command)
    {
        var run = CliRun.Invoke("", command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Matches(new Regex($"^\\s+(\\S.*\\| )?entities {command} ", RegexOptions.Multiline), run.Output);
    }

    [Fact]
    public void Train_help_describes_the_input_format_and_the_recommended_update_rule()
    {
        var run = CliRun.Invoke("", "train", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string help = Regex.Replace(run.Output, @"\s+", " ");
        Assert.Contains("one token<TAB>tag per line", help, StringComparison.Ordinal);
        Assert.Contains("blank line between sentences", help, StringComparison.Ordinal);
        Assert.Contains("IOB2", help, StringComparison.Ordinal);
        Assert.Contains("the shipped French model was trained with --update crf", help, StringComparison.Ordinal);
        Assert.Contains("default: perceptron", help, StringComparison.Ordinal);
    }
}
