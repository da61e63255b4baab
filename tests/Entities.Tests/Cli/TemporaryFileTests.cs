using Entities.Cli;
using Entities.Graph;
using Entities.Graph.Persistence;

namespace Entities.Tests.Cli;

/// <summary>
/// <c>--output</c> and <c>--graph</c> are written through one temporary sibling per target, <c>.NAME.tmp</c>: a run killed
/// before its rename leaves that file behind, and the next run to the same target reuses (truncates) and removes it.
/// Two runs writing the same target at once: the second is refused instead of mixing its writes with the first's.
/// </summary>
public sealed class TemporaryFileTests
{
    private const string Text = "Mme Claire Martin est arrivée à Nantes.";

    [Theory]
    [InlineData("--output", "entities.jsonl")]
    [InlineData("--graph", "graph.json")]
    public void A_stale_temporary_file_left_by_a_killed_run_is_reused_and_removed(string option, string name)
    {
        using var folder = new TempFolder();
        var input = folder.Write("a.txt", Text);
        var stale = folder.Write($".{name}.tmp", new string('x', 100_000));
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        var target = Path.Combine(folder.Path, name);

        var run = CliRun.Invoke("", "extract", input, option, target);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
        Assert.Contains("Claire Martin", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", File.ReadAllText(target), StringComparison.Ordinal);
    }

    /// <summary>
    /// A device is written in place, never renamed over (<c>-o /dev/null</c> once replaced the machine's /dev/null with a regular
    /// file). Tested through a link to /dev/null: renaming over the link would replace the link, which the test sees, and
    /// leaves the device alone.
    /// </summary>
    [Theory]
    [InlineData("--output", "entities.jsonl")]
    [InlineData("--graph", "graph.json")]
    [InlineData("--graph", "graph.graphml")]
    public void A_device_target_is_written_in_place_not_replaced(string option, string name)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/null")) return;
        using var folder = new TempFolder();
        var input = folder.Write("a.txt", Text);
        var link = Path.Combine(folder.Path, name);
        File.CreateSymbolicLink(link, "/dev/null");

        var run = CliRun.Invoke("", "extract", input, option, link);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.True(Entities.Graph.Persistence.FileTargets.IsSpecialFile("/dev/null"));
        Assert.False(Entities.Graph.Persistence.FileTargets.IsSpecialFile(Path.Combine(folder.Path, "other.jsonl")));
    }

    [Theory]
    [InlineData("--output", "entities.jsonl")]
    [InlineData("--graph", "graph.json")]
    public void A_target_being_written_by_another_run_is_refused(string option, string name)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, name);
        var temporary = Path.Combine(folder.Path, $".{name}.tmp");
        using (var other = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            other.Write("other run"u8);
            other.Flush();

            var run = CliRun.Invoke(Text, "extract", "-", option, target);

            Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
            Assert.Equal([$"entities: {target}: cannot write: being written by another run ({temporary})"], run.ErrorLines);
            Assert.Equal("", run.Output);
        }

        Assert.Equal("other run", File.ReadAllText(temporary));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Library_save_reuses_and_removes_a_stale_temporary_file()
    {
        using var folder = new TempFolder();
        var stale = folder.Write(".g.json.tmp", new string('x', 100_000));
        var path = Path.Combine(folder.Path, "g.json");

        EntityGraphJson.Save(new EntityGraph(), path);

        Assert.Equal([path], Directory.GetFiles(folder.Path));
        Assert.Equal(0, EntityGraphJson.Load(path).NodeCount);
    }
}
