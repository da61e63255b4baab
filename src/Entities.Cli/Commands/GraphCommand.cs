using System.CommandLine;
using Entities.Graph.Export;
using Entities.Graph.Persistence;

namespace Entities.Cli.Commands;

/// <summary><c>entities graph FILE.json [--top N] [--export out.{graphml,gexf,dot,json}]</c>: summarizes a saved entity graph and converts it.</summary>
internal static class GraphCommand
{
    /// <summary>Creates the <c>graph</c> command.</summary>
    internal static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A saved entity graph (JSON)." };
        var top = new Option<int>("--top")
        {
            Description = "How many entities and edges to list.",
            DefaultValueFactory = _ => 10,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--top must be zero or more.");
        });
        var export = new Option<FileInfo?>("--export")
        {
            Description = "Also write the graph to this file; the format follows the extension: .graphml, .gexf, .dot or .json.",
        };

        var command = new Command("graph", "Summarize a saved entity graph and optionally export it.") { file, top, export };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(top),
            parseResult.GetValue(export),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, int top, FileInfo? export, TextWriter output, TextWriter error)
    {
        if (export is not null && !GraphExporters.TryGetForPath(export.FullName, out _))
        {
            error.WriteLine($"Cannot export to '{export.FullName}': use .graphml, .gexf, .dot or .json.");
            return 2;
        }

        Entities.Graph.EntityGraph graph;
        try
        {
            graph = EntityGraphJson.Load(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return 1;
        }

        GraphSummary.Write(graph, top, output);
        if (export is not null)
        {
            GraphExporters.ExportToFile(graph.Snapshot(), export.FullName);
            output.WriteLine();
            output.WriteLine($"Exported to {export.FullName}");
        }

        return 0;
    }
}
