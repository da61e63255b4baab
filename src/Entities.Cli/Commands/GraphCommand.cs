using System.CommandLine;
using Entities.Graph;
using Entities.Graph.Export;
using Entities.Graph.Persistence;

namespace Entities.Cli.Commands;

/// <summary>
/// <c>entities graph (FILE.json | --store CONNECTION) [--top N] [--export out.{graphml,gexf,dot,json}]</c>: summarizes a saved
/// entity graph, or the graph kept in a PostgreSQL database, and converts it.
/// </summary>
internal static class GraphCommand
{
    /// <summary>Creates the <c>graph</c> command.</summary>
    internal static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "A saved entity graph (JSON). Omit it with --store.", Arity = ArgumentArity.ZeroOrOne };
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
        var store = StoreOption.Create("read the graph from this database (as written by 'entities extract --store') instead of a file.");

        var storeSchema = StoreOption.CreateSchema();

        var command = new Command("graph", "Summarize a saved entity graph (a file or a PostgreSQL store) and optionally export it.") { file, top, export, store, storeSchema };
        command.Validators.Add(result =>
        {
            bool hasFile = result.GetValue(file) is not null, hasStore = result.GetValue(store) is not null;
            if (hasFile == hasStore) result.AddError("Give either a graph file or --store, not both.");
        });
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file),
            parseResult.GetValue(store),
            parseResult.GetRequiredValue(storeSchema),
            parseResult.GetValue(top),
            parseResult.GetValue(export),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo? file, string? connectionString, string schema, int top, FileInfo? export, TextWriter output, TextWriter error)
    {
        if (export is not null && !GraphExporters.TryGetForPath(export.FullName, out _))
        {
            error.WriteLine($"Cannot export to '{export.FullName}': use .graphml, .gexf, .dot or .json.");
            return 2;
        }

        if (!TryRead(file, connectionString, schema, error, out var snapshot)) return 1;
        GraphSummary.Write(snapshot, top, output);
        if (export is not null)
        {
            GraphExporters.ExportToFile(snapshot, export.FullName);
            output.WriteLine();
            output.WriteLine($"Exported to {export.FullName}");
        }

        return 0;
    }

    private static bool TryRead(FileInfo? file, string? connectionString, string schema, TextWriter error, out EntityGraphSnapshot snapshot)
    {
        snapshot = null!;
        if (connectionString is not null)
        {
            if (!StoreOption.TryOpen(connectionString, schema, error, out var store)) return false;
            using (store)
            {
                snapshot = store.Snapshot();
                return true;
            }
        }

        try
        {
            snapshot = EntityGraphJson.Load(file!.FullName).Snapshot();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return false;
        }
    }
}
