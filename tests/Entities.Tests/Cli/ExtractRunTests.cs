using System.Text.Json;
using Entities.Cli;
using Entities.Cli.Commands;
using Entities.Cli.Output;
using Entities.Graph.Persistence;

namespace Entities.Tests.Cli;

/// <summary>The run-level behaviour of <c>entities extract</c>: one graph per run, --graph, --output, table, summary, errors, interruption.</summary>
public sealed class ExtractRunTests
{
    private static readonly string[] Story =
    [
        "Mme Claire Martin, présidente de la Fédération française de cyclisme, a ouvert la saison à Nantes.",
        "Claire Martin a ensuite rencontré le maire de Rennes.",
        "Selon Claire Martin, la Fédération française de cyclisme compte de nouveaux adhérents.",
    ];

    [Fact]
    public void Same_person_is_one_entity_of_the_graph_whatever_id_each_document_gives()
    {
        using var folder = new TempFolder();
        var paths = Story.Select((text, i) => folder.Write($"{i}.txt", text)).ToArray();
        var graphPath = Path.Combine(folder.Path, "graph.json");

        var run = CliRun.Invoke("", ["extract", "--graph", graphPath, .. paths]);

        Assert.Equal(0, run.ExitCode);
        var ids = run.OutputLines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("mentions").EnumerateArray()
                .Where(m => m.GetProperty("text").GetString() == "Claire Martin")
                .Select(m => m.GetProperty("entity").GetString()!)
                .Single();
        }).ToArray();
        Assert.Equal(3, ids.Length);

        // The documents without a role share the node of the name; the one that gives Claire Martin a role in an organization has
        // a node of its own (LinkCandidates.PlacedName), which the graph joins to it: every id finds the one entity.
        Assert.Equal(ids[1], ids[2]);
        var graph = EntityGraphJson.Load(graphPath);
        var person = Assert.Single(graph.FindByAlias("Claire Martin"));
        Assert.All(ids, id => Assert.Equal(person.Id, graph.TryGetNode(id, out var node) ? node.Id : null));
    }

    [Fact]
    public void Graph_json_is_written_and_loadable()
    {
        using var folder = new TempFolder();
        var paths = Story.Select((text, i) => folder.Write($"{i}.txt", text)).ToArray();
        var graphPath = Path.Combine(folder.Path, "out", "graph.json");
        Directory.CreateDirectory(Path.GetDirectoryName(graphPath)!);

        var run = CliRun.Invoke("", ["extract", "--graph", graphPath, .. paths]);

        Assert.Equal(0, run.ExitCode);
        var graph = EntityGraphJson.Load(graphPath);
        Assert.Equal(paths, graph.Snapshot().DocumentIds);
        var person = Assert.Single(graph.FindByAlias("Claire Martin"));
        Assert.Equal(3, person.DocumentCount);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(graphPath)!, "*.tmp"));
    }

    [Theory]
    [InlineData("graph.graphml", "<graphml")]
    [InlineData("graph.gexf", "<gexf")]
    [InlineData("graph.dot", "graph")]
    public void Graph_export_format_follows_the_extension(string name, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Story[0]);
        var graphPath = Path.Combine(folder.Path, name);

        var run = CliRun.Invoke("", "extract", path, "--graph", graphPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, File.ReadAllText(graphPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_graph_extension_is_a_usage_error()
    {
        var run = CliRun.Invoke("Paris.", "extract", "-", "--graph", "graph.xlsx");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--graph", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_is_a_usage_error_naming_the_option()
    {
        var run = CliRun.Invoke("Paris.", "extract", "-", "--model", "/nonexistent/x.model");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["entities: --model '/nonexistent/x.model': no such file"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Table_format_aligns_columns()
    {
        var run = CliRun.Invoke(Story[0], "extract", "-", "--format", "table");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.StartsWith("-: 3 mentions", lines[0], StringComparison.Ordinal);
        string header = lines[1];
        int label = header.IndexOf("LABEL", StringComparison.Ordinal);
        int entity = header.IndexOf("ENTITY", StringComparison.Ordinal);
        int text = header.IndexOf("TEXT", StringComparison.Ordinal);
        Assert.True(label > 0 && entity > label && text > entity);
        var rows = lines.Skip(2).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Matches("^(PER|LOC|ORG|MISC)", row[label..]);
            Assert.Matches("^e[0-9]+", row[entity..]);
            Assert.Equal('"', row[text]);
        });
        Assert.Contains(rows, r => r[label..].StartsWith("PER", StringComparison.Ordinal) && r.Contains("\"Claire Martin\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_file_receives_the_results_and_standard_output_stays_empty()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Story[0]);
        var output = Path.Combine(folder.Path, "entities.jsonl");

        var run = CliRun.Invoke("", "extract", path, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(File.ReadAllLines(output));
        Assert.Contains("\"Claire Martin\"", line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Summary_counts_documents_mentions_and_entities()
    {
        using var folder = new TempFolder();
        var paths = Story.Select((text, i) => folder.Write($"{i}.txt", text)).ToArray();

        var run = CliRun.Invoke("", ["extract", "--summary", .. paths]);

        Assert.Equal(0, run.ExitCode);
        var summary = Assert.Single(run.ErrorLines);
        Assert.Matches(@"^entities: 3 documents, \d+ mentions, \d+ entities, [\d,]+ tokens in [\d,.]+ s \([\d,]+ tokens/s, [\d,.]+ documents/s\)$", summary); // thousands separators everywhere (1,234.5 documents/s)
    }

    [Fact]
    public void Quiet_wins_over_summary()
    {
        var run = CliRun.Invoke(Story[0], "extract", "-", "--summary", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Interrupted_run_writes_neither_graph_nor_output_and_says_what_was_done()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Story[0]);
        var graph = Path.Combine(folder.Path, "graph.json");
        var output = Path.Combine(folder.Path, "out.jsonl");
        var error = new StringWriter { NewLine = "\n" };
        var streams = new CliStreams(new StringReader(""), new StringWriter(), error);
        Assert.True(ExtractCommand.TryCreateExtractor(streams, null, out var extractor));

        int exit = ExtractRunner.Run(streams, new ExtractSettings([path], ExtractionFormat.JsonLines, GraphPath: graph, OutputPath: output),
            extractor, new CancellationToken(canceled: true));

        Assert.Equal(ExitCodes.Cancelled, exit);
        Assert.False(File.Exists(graph));
        Assert.False(File.Exists(output));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder.Path));
        Assert.StartsWith("entities: interrupted: no document was done; nothing written to ", error.ToString(), StringComparison.Ordinal);
    }
}
