using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary><c>entities graph</c> errors follow the CLI contract: <c>entities: &lt;path&gt;: &lt;reason&gt;</c> lines, no .NET messages.</summary>
public sealed class GraphCommandErrorTests
{
    [Fact]
    public void No_argument_is_a_usage_error()
    {
        var run = CliRun.Invoke("", "graph");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["entities: give a graph file or --store"], run.ErrorLines);
    }

    [Fact]
    public void A_file_and_a_store_together_are_a_usage_error()
    {
        var run = CliRun.Invoke("", "graph", "graph.json", "--store", "Host=localhost");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["entities: give a graph file or --store, not both"], run.ErrorLines);
    }

    [Fact]
    public void Missing_file_is_no_such_file_or_directory()
    {
        var run = CliRun.Invoke("", "graph", "nowhere/graph.json");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal(["entities: nowhere/graph.json: no such file or directory"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("{ not json", "not a graph file (invalid JSON at line 1)")]
    [InlineData("{\n  \"a\": 1,\n  oops\n}", "not a graph file (invalid JSON at line 3)")]
    [InlineData("{\"format\":\"something-else\",\"formatVersion\":1}", "not a graph file (the \"format\" field is not \"entities-graph\")")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":99}", "not a graph file (format version 99 is not supported (this library reads 1 to 1))")]
    public void Malformed_file_is_not_a_graph_file(string content, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.json", content);

        var run = CliRun.Invoke("", "graph", path);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {path}: {reason}"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_folder_is_not_a_graph_file()
    {
        using var folder = new TempFolder();

        var run = CliRun.Invoke("", "graph", folder.Path);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {folder.Path}: is a directory"], run.ErrorLines);
    }

    [Fact]
    public void Unknown_export_extension_is_a_usage_error()
    {
        var run = CliRun.Invoke("", "graph", "graph.json", "--export", "out.xlsx");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["entities: --export 'out.xlsx': unknown extension (use .graphml, .gexf, .dot or .json)"], run.ErrorLines);
    }
}
