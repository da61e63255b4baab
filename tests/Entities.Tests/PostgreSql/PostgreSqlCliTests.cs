using Entities.Tests.Cli;
using Entities.Tests.Graph;

namespace Entities.Tests.PostgreSql;

public sealed class PostgreSqlCliTests
{
    [PostgresFact]
    public async Task ExtractWritesToTheStoreAndGraphReadsAndExportsIt()
    {
        await using var test = await PostgresServer.CreateStoreAsync();
        using var temp = new TempDirectory();
        string first = temp.File("a.txt"), second = temp.File("b.txt");
        File.WriteAllText(first, "Mme Lefèvre a rencontré le maire de Lyon à la mairie. Mme Lefèvre était contente.");
        File.WriteAllText(second, "À Lyon, Claire Lefèvre a présenté son projet au conseil municipal.");
        string[] store = ["--store", PostgresServer.ConnectionString, "--store-schema", test.Store.Schema];

        var extract = CliRun.Invoke("", ["extract", first, second, "--quiet", .. store]);
        Assert.Equal(0, extract.ExitCode);
        Assert.Equal(2, extract.OutputLines.Length);
        var snapshot = test.Store.Snapshot();
        var again = CliRun.Invoke("", ["extract", first, "--quiet", .. store]); // a worker redoing a document: same ids, no change
        Assert.Equal(0, again.ExitCode);
        Assert.NotEmpty(EntityIds(extract.OutputLines[0]));
        Assert.Equal(EntityIds(extract.OutputLines[0]), EntityIds(again.OutputLines[0]));
        Assert.Equal(GraphCanonicalForm.Of(snapshot), GraphCanonicalForm.Of(test.Store.Snapshot()));

        Assert.Equal([first, second], snapshot.DocumentIds);
        Assert.Contains(snapshot.Nodes, n => n.CanonicalName == "Lyon" && n.DocumentCount == 2);

        string graphml = temp.File("out.graphml");
        var graph = CliRun.Invoke("", ["graph", "--export", graphml, .. store]);
        Assert.Equal(0, graph.ExitCode);
        Assert.Contains("Documents: 2", graph.Output, StringComparison.Ordinal);
        Assert.Contains($"Nodes: {snapshot.Nodes.Count}", graph.Output, StringComparison.Ordinal);
        Assert.Contains("Lyon", File.ReadAllText(graphml), StringComparison.Ordinal);
    }

    private static string[] EntityIds(string jsonLine) =>
        System.Text.RegularExpressions.Regex.Matches(jsonLine, "\"e[0-9]+\"").Select(m => m.Value).ToArray();

    [Fact]
    public void GraphWantsAFileOrAStoreNotBoth()
    {
        Assert.Equal(2, CliRun.Invoke("", "graph").ExitCode);
        Assert.Equal(2, CliRun.Invoke("", "graph", "g.json", "--store", "Host=localhost").ExitCode);
    }

    [Fact]
    public void AnUnreachableStoreIsOneErrorLine()
    {
        var run = CliRun.Invoke("Texte.", "extract", "-", "--store", "Host=127.0.0.1;Port=1;Timeout=2;Username=x;Database=x");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("entities: --store: cannot use the PostgreSQL store", run.ErrorLines.Single(), StringComparison.Ordinal);
    }
}
