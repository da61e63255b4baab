using System.CommandLine;
using System.Text.Json;
using Entities.Cli.Input;
using Entities.Cli.Output;
using Entities.Graph;
using Entities.Graph.Export;
using Entities.Graph.Persistence;

namespace Entities.Cli.Commands;

/// <summary>
/// <c>entities graph (FILE.json | --store CONNECTION) [--top N] [--export out.{graphml,gexf,dot,json}]</c>: summarizes a saved
/// entity graph, or the graph kept in a PostgreSQL database, and converts it. Errors follow the CLI contract:
/// <c>entities: &lt;path&gt;: no such file or directory</c>, <c>entities: &lt;path&gt;: not a graph file (&lt;reason&gt;)</c>.
/// </summary>
internal static class GraphCommand
{
    private const string Description = """
        Summarize a saved entity graph (a file or a PostgreSQL store) and optionally export it.

        Examples:
          entities graph graph.json
          entities graph graph.json --top 20 --export graph.gexf
          entities graph --store "Host=db;Database=entities;Username=me;Password=…" --export graph.graphml
        """;

    /// <summary>Creates the <c>graph</c> command.</summary>
    internal static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A saved entity graph (JSON, as written by 'entities extract --graph graph.json'). Omit it with --store.", Arity = ArgumentArity.ZeroOrOne };
        var top = WholeNumberOption.Create("--top", "How many entities and edges to list.", defaultValue: 10, minimum: 0);
        var export = new Option<string?>("--export")
        {
            Description = "Also write the graph to this file; the format follows the extension: .graphml, .gexf, .dot or .json.",
        };
        export.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (value is not null && !GraphExporters.TryGetForPath(value, out _))
                result.AddError($"--export '{value}': unknown extension (use .graphml, .gexf, .dot or .json)");
        });
        var nodes = WholeNumberOption.Create("--nodes", "With --export: keep the N most mentioned entities (default 200 for .graphml, .gexf and .dot, a picture one can read; 0 = all; .json keeps all unless given).", defaultValue: -1, minimum: 0);
        var minWeight = WholeNumberOption.Create("--min-weight", "With --export: keep the edges between entities named together in at least this many sentences (default 1; 0 keeps edges of entities that only share documents).", defaultValue: 1, minimum: 0);
        var store = StoreOption.Create("read the graph from this database (as written by 'entities extract --store') instead of a file.");

        var storeSchema = StoreOption.CreateSchema();

        var command = new Command("graph", Description) { file, top, export, nodes, minWeight, store, storeSchema };
        command.Validators.Add(result =>
        {
            bool hasFile = result.GetValue(file) is not null, hasStore = result.GetValue(store) is not null;
            if (!hasFile && !hasStore) result.AddError("give a graph file or --store");
            else if (hasFile && hasStore) result.AddError("give a graph file or --store, not both");
        });
        command.SetAction(parseResult => Run(
            CliStreams.From(parseResult),
            parseResult.GetValue(file),
            parseResult.GetValue(store),
            parseResult.GetRequiredValue(storeSchema),
            parseResult.GetValue(top),
            parseResult.GetValue(export),
            parseResult.GetValue(nodes),
            parseResult.GetValue(minWeight)));
        return command;
    }

    /// <summary>Nodes kept in picture exports (GraphML, GEXF, DOT) when --nodes is not given: a few hundred documents stay readable.</summary>
    internal const int DefaultPictureNodes = 200;

    private static int Run(CliStreams streams, string? file, string? connectionString, string schema, int top, string? export, int nodes, int minWeight)
    {
        // The export target is opened first: a missing folder or an unwritable file is reported before any output.
        OutputFile? target = null;
        if (export is not null && !OutputFile.TryCreate(export, out target, out var reason))
        {
            streams.ReportInputError(export, reason);
            return ExitCodes.InputErrors;
        }

        using (target)
        {
            if (!TryRead(streams, file, connectionString, schema, out var snapshot)) return ExitCodes.InputErrors;
            GraphSummary.Write(snapshot, top, streams.Output);
            if (target is null) return ExitCodes.Success;
            try
            {
                bool picture = !export!.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
                int keep = nodes >= 0 ? nodes : picture ? DefaultPictureNodes : 0;
                var view = GraphViews.Top(snapshot, keep, picture || nodes >= 0 ? minWeight : 0);
                GraphExporters.ForPath(export).Export(view, target.Stream);
                if (view.Nodes.Count < snapshot.Nodes.Count || view.Edges.Count < snapshot.Edges.Count)
                    streams.Output.WriteLine($"{Environment.NewLine}Export keeps {view.Nodes.Count:N0} of {snapshot.Nodes.Count:N0} entities and {view.Edges.Count:N0} of {snapshot.Edges.Count:N0} edges (--nodes, --min-weight).");
                target.Commit();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                streams.ReportInputError(export!, "cannot write: " + InputErrorReasons.Describe(ex));
                return ExitCodes.InputErrors;
            }
        }

        streams.Output.WriteLine();
        streams.Output.WriteLine($"Exported to {export}");
        return ExitCodes.Success;
    }

    private static bool TryRead(CliStreams streams, string? file, string? connectionString, string schema, out EntityGraphSnapshot snapshot)
    {
        snapshot = null!;
        if (connectionString is not null)
        {
            if (!StoreOption.IsConnectionString(connectionString) && !File.Exists(connectionString))
            {
                streams.ReportInputError(connectionString, "no such file or directory");
                return false;
            }

            if (!StoreOption.TryOpenAny(connectionString, schema, streams.Error, out var store, out var lifetime)) return false;
            using (lifetime)
            {
                snapshot = store.Snapshot();
                return true;
            }
        }

        string path = file!;
        if (Directory.Exists(path))
        {
            streams.ReportInputError(path, "is a directory");
            return false;
        }

        if (File.Exists(path) && IsSqliteFile(path))
        {
            if (!StoreOption.TryOpenAny(path, PostgreSql.PostgreSqlEntityGraphStoreOptions.DefaultSchema, streams.Error, out var fileStore, out var lifetime)) return false;
            using (lifetime)
            {
                snapshot = fileStore.Snapshot();
                return true;
            }
        }

        try
        {
            snapshot = EntityGraphJson.Load(path).Snapshot();
            return true;
        }
        catch (GraphFormatException ex)
        {
            streams.ReportInputError(path, $"not a graph file ({ShortReason(ex)})");
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            streams.ReportInputError(path, InputErrorReasons.Describe(ex));
            return false;
        }
    }

    /// <summary>Whether the file starts with the SQLite header (a graph file written by <c>extract --store graph.db</c>).</summary>
    private static bool IsSqliteFile(string path)
    {
        try
        {
            Span<byte> header = stackalloc byte[16];
            using var stream = File.OpenRead(path);
            return stream.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16 && header.SequenceEqual("SQLite format 3\0"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The problem without the JSON reader's positions and paths: <c>invalid JSON at line 3</c>, or the graph reader's own reason.</summary>
    private static string ShortReason(GraphFormatException exception) =>
        exception.InnerException is JsonException json
            ? json.LineNumber is long line ? $"invalid JSON at line {line + 1}" : "invalid JSON"
            : exception.Problem.TrimEnd('.');
}
