using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary>
/// <c>--output</c> and <c>--graph</c> targets are checked before any document is processed: a missing folder is
/// <c>no such directory</c> (never created), a folder that cannot take files says why, a folder target is <c>is a directory</c>.
/// </summary>
public sealed class OutputTargetTests
{
    [Theory]
    [InlineData("--output")]
    [InlineData("--graph")]
    public void Missing_folder_is_reported_before_processing_and_not_created(string option)
    {
        using var folder = new TempFolder();
        var input = folder.Write("a.txt", "Mme Claire Martin est arrivée à Nantes.");
        var missing = Path.Combine(folder.Path, "nowhere", "deeper");
        var target = Path.Combine(missing, "out.json");

        var run = CliRun.Invoke("", "extract", input, option, target);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {target}: no such directory"], run.ErrorLines);
        Assert.Equal("", run.Output);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "nowhere")));
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--graph")]
    public void A_file_in_a_folder_that_takes_no_new_files_gives_the_real_reason(string option)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/version")) return; // /proc refuses new files on Linux, even to root
        var target = option == "--output" ? "/proc/version" : "/proc/graph.json";

        var run = CliRun.Invoke("Paris.", "extract", "-", option, target);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {target}: cannot write: cannot create files in /proc"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--graph")]
    public void A_folder_as_target_is_reported(string option)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "sub.json");
        Directory.CreateDirectory(target);

        var run = CliRun.Invoke("Paris.", "extract", "-", option, target);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {target}: is a directory"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Graph_export_to_a_missing_folder_is_reported()
    {
        using var folder = new TempFolder();
        var graph = Path.Combine(folder.Path, "graph.json");
        Assert.Equal(ExitCodes.Success, CliRun.Invoke("Paris.", "extract", "-", "--graph", graph).ExitCode);
        var target = Path.Combine(folder.Path, "nowhere", "graph.gexf");

        var run = CliRun.Invoke("", "graph", graph, "--export", target);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {target}: no such directory"], run.ErrorLines);
        Assert.Equal("", run.Output);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "nowhere")));
    }
}
