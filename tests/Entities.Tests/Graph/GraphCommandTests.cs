using System.CommandLine;
using Entities.Cli.Commands;
using Entities.Graph;
using Entities.Graph.Persistence;

namespace Entities.Tests.Graph;

public sealed class GraphCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { GraphCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string SaveSample(TempDirectory temp)
    {
        var graph = new EntityGraph();
        new TestDocument("a")
            .Add(EntityLabel.Person, ["full:mark rutte"], ("Mark Rutte", 0), ("Rutte", 1))
            .Add(EntityLabel.Organization, ["table:otan"], ("OTAN", 0), ("OTAN", 1))
            .Add(EntityLabel.Location, ["full:bruxelles"], ("Bruxelles", 2))
            .MergeInto(graph);
        string path = temp.File("graph.json");
        EntityGraphJson.Save(graph, path);
        return path;
    }

    [Fact]
    public void PrintsASummary()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = Run("graph", SaveSample(temp), "--top", "2");

        Assert.Equal(0, exit);
        Assert.Contains("Nodes: 3", output, StringComparison.Ordinal);
        Assert.Contains("Edges: 3", output, StringComparison.Ordinal);
        Assert.Contains("Mark Rutte", output, StringComparison.Ordinal);
        Assert.Contains("Rutte ×1", output, StringComparison.Ordinal);
        Assert.Contains("Mark Rutte — OTAN  (2 sentences, 1 documents)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("e3 ", output, StringComparison.Ordinal); // only the top 2 entities are listed
    }

    [Theory]
    [InlineData("out.graphml")]
    [InlineData("out.gexf")]
    [InlineData("out.dot")]
    [InlineData("out.json")]
    public void Exports(string name)
    {
        using var temp = new TempDirectory();
        var (exit, _, _) = Run("graph", SaveSample(temp), "--export", temp.File(name));

        Assert.Equal(0, exit);
        Assert.True(new FileInfo(temp.File(name)).Length > 0);
    }

    [Fact]
    public void ReportsUnknownExportFormat()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Run("graph", SaveSample(temp), "--export", temp.File("out.txt"));

        Assert.NotEqual(0, exit);
        Assert.Contains("out.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsCorruptFile()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.json"), "{ not json");
        var (exit, _, error) = Run("graph", temp.File("bad.json"));

        Assert.Equal(1, exit);
        Assert.Contains("bad.json", error, StringComparison.Ordinal);
    }
}

/// <summary><c>entities graph --export</c> keeps a readable picture by default (GraphML, GEXF, DOT) and all the data in JSON.</summary>
public sealed class GraphExportViewTests
{
    [Fact]
    public void PictureExportsKeepTheMostMentionedEntitiesAndJsonKeepsAll()
    {
        using var folder = new Entities.Tests.Cli.TempFolder();
        var graph = new EntityGraph();
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions { Graph = graph });
        extractor.ExtractEntities("Mark Rutte a rencontré Olaf Scholz à Berlin, puis Emmanuel Macron à Paris.", "a");
        extractor.ExtractEntities("Mark Rutte a revu Olaf Scholz à Bruxelles.", "b");
        string saved = Path.Combine(folder.Path, "g.json");
        Entities.Graph.Persistence.EntityGraphJson.Save(graph, saved);
        string dot = Path.Combine(folder.Path, "g.dot"), json = Path.Combine(folder.Path, "all.json");

        var picture = Entities.Tests.Cli.CliRun.Invoke("", "graph", saved, "--nodes", "2", "--export", dot);
        var data = Entities.Tests.Cli.CliRun.Invoke("", "graph", saved, "--export", json);

        Assert.Equal(0, picture.ExitCode);
        Assert.Contains("Export keeps 2 of", picture.Output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(dot).Count(l => l.Contains("label=", StringComparison.Ordinal) && !l.Contains("--", StringComparison.Ordinal)));
        Assert.Equal(0, data.ExitCode);
        Assert.Equal(graph.NodeCount, Entities.Graph.Persistence.EntityGraphJson.Load(json).NodeCount);
    }
}
