using System.CommandLine;
using Entities.Cli.Output;
using Entities.French.Extraction;
using Entities.Graph;
using Entities.Graph.Export;
using Entities.Models;

namespace Entities.Cli.Commands;

/// <summary>
/// <c>entities extract PATH... [--format jsonl|json|text|table] [--threads N] [--model FILE] [--graph FILE] [--output FILE]</c>:
/// finds the named entities of each document. All documents of a run share one entity graph, so the same person has the
/// same <c>entity</c> id in every document. Documents that cannot be read get one error line on standard error; the others are
/// still processed (exit code 1).
/// </summary>
internal static class ExtractCommand
{
    private const string Description = """
        Extract named entities (PER, LOC, ORG, MISC) from French documents.

        Every document of a run is linked into one entity graph: the same person or organization gets the same
        entity id in every document. Results go to standard output (JSON Lines by default, one object per document,
        in input order); errors, the progress bar and the summary go to standard error.

        Examples:
          echo "Mme Lefèvre a rencontré le maire de Lyon." | entities extract -
          entities extract articles/ --graph graph.graphml > entities.jsonl
          entities extract a.txt b.txt --format table
          entities extract corpus/ --threads 2 --output entities.jsonl --graph graph.json
          entities extract notes.txt --model my-model.model
          entities extract corpus/part1/ --store "Host=db;Database=entities;Username=me;Password=…" --quiet
          entities extract --from-queue --store "Host=db;…" --output worker1.jsonl   (after 'entities queue add')

        Exit codes: 0 all documents processed; 1 some input could not be read (one error line each, the rest was
        processed); 2 usage error; 3 internal error; 130 interrupted (nothing partial is written to --graph or --output).
        """;

    /// <summary>Creates the command.</summary>
    internal static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "UTF-8 text files, folders (every regular file below them, in ordinal path order) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            // Standard input can be read once: checked here, so that nothing is processed before the error.
            if (result.Tokens.Count(t => t.Value == Input.InputSource.StandardInputName) > 1)
                result.AddError("standard input '-' given more than once");
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON object per document and line), json (one JSON array), text, or table (aligned columns, for people).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "text", "table");
        var threads = WholeNumberOption.Create(
            "--threads", "Documents processed in parallel; output stays in input order. With 1 (the default) entity ids are reproducible.",
            defaultValue: 1, minimum: 1, maximum: 512, "-j");
        var model = ModelOption.Create();
        var knowledge = new Option<string?>("--knowledge", "-k")
        {
            Description = "Your own names on top of the built-in tables: a TSV file 'name<TAB>label<TAB>aliases<TAB>id' (label PER, LOC, ORG or MISC; EXCLUDE for a string never to return).",
        };
        var graph = new Option<string?>("--graph", "-g")
        {
            Description = "Write the run's entity graph to this file at the end; the format follows the extension: .json (loadable by 'entities graph'), .graphml, .gexf or .dot.",
        };
        graph.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (value is not null && !GraphExporters.TryGetForPath(value, out _))
                result.AddError($"--graph '{value}': unknown extension (use .json, .graphml, .gexf or .dot).");
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the results to this file instead of standard output (through a temporary file, renamed at the end).",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary on standard error (error lines stay)." };
        var summary = new Option<bool>("--summary") { Description = "Print the summary line on standard error even when it is not a terminal." };
        var noRoles = new Option<bool>("--no-roles") { Description = "Do not read the roles of people (\"roles\" of person mentions: le PDG de Renault, Luca de Meo)." };

        var store = StoreOption.Create(
            "link the documents into the graph kept in this database instead of a graph of this run only. Several runs (workers) can share one database; a document id (its path) already there is not merged again.");

        var storeSchema = StoreOption.CreateSchema();
        var fromQueue = new Option<bool>("--from-queue")
        {
            Description = "With --store, instead of PATH: work on the store's queue ('entities queue add'), claiming documents not done yet until none is left. Start as many workers as you like, anywhere.",
        };
        var worker = new Option<string?>("--worker") { Description = "With --from-queue: this worker's name in 'entities status' (default HOST:PID)." };
        var lease = WholeNumberOption.Create("--lease", "With --from-queue: seconds a claimed document stays this worker's; if it has not finished by then, another worker may take it.", defaultValue: 600, minimum: 1, maximum: 7 * 24 * 3600);
        var claim = WholeNumberOption.Create("--claim", "With --from-queue: documents claimed at a time.", defaultValue: 64, minimum: 1, maximum: 10_000);

        var command = new Command("extract", Description) { paths, format, threads, model, knowledge, graph, output, quiet, summary, noRoles, store, storeSchema, fromQueue, worker, lease, claim };
        command.Validators.Add(result =>
        {
            bool queue = result.GetValue(fromQueue), hasPaths = (result.GetValue(paths)?.Length ?? 0) > 0;
            if (queue && result.GetValue(store) is null) result.AddError("--from-queue needs --store (the store holding the queue)");
            else if (queue && hasPaths) result.AddError("give PATH or --from-queue, not both");
            else if (!queue && !hasPaths) result.AddError("give at least one PATH (a file, a folder or - for standard input), or --from-queue with --store");
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var streams = CliStreams.From(parseResult);
            var settings = new ExtractSettings(
                parseResult.GetRequiredValue(paths),
                ParseFormat(parseResult.GetRequiredValue(format)),
                parseResult.GetValue(threads),
                parseResult.GetValue(graph),
                parseResult.GetValue(output),
                parseResult.GetValue(quiet),
                parseResult.GetValue(summary),
                parseResult.GetValue(fromQueue) ? new QueueSettings(parseResult.GetValue(worker) ?? $"{Environment.MachineName}:{Environment.ProcessId}", TimeSpan.FromSeconds(parseResult.GetValue(lease)), parseResult.GetValue(claim)) : null);
            string? modelPath = parseResult.GetValue(model);
            string? knowledgePath = parseResult.GetValue(knowledge);
            if (knowledgePath is not null && !File.Exists(knowledgePath))
            {
                streams.ReportError($"--knowledge '{knowledgePath}': no such file");
                return Task.FromResult(ExitCodes.Usage);
            }

            string? connectionString = parseResult.GetValue(store);
            Graph.IEntityGraphStore? database = null;
            IDisposable? lifetime = null;
            if (connectionString is not null && !StoreOption.TryOpenAny(connectionString, parseResult.GetRequiredValue(storeSchema), streams.Error, out database, out lifetime)) return Task.FromResult(ExitCodes.InputErrors);
            using (lifetime)
            {
                if (!TryCreateExtractor(streams, modelPath, out var extractor, database, recordOccurrences: settings.GraphPath is not null, knowledgePath: knowledgePath, roles: !parseResult.GetValue(noRoles))) return Task.FromResult(modelPath is not null && !File.Exists(modelPath) ? ExitCodes.Usage : ExitCodes.InputErrors);
                return Task.FromResult(ExtractRunner.Run(streams, settings, extractor, cancellationToken));
            }
        });
        return command;
    }

    /// <summary>
    /// Creates the extractor of a run: the given or embedded model, and <paramref name="store"/> or else a new graph shared by
    /// the run's documents, which records mentions and edges only when <paramref name="recordOccurrences"/> (the graph is written out).
    /// </summary>
    internal static bool TryCreateExtractor(CliStreams streams, string? modelPath, out FrenchEntityExtractor extractor, IEntityGraphStore? store = null, bool recordOccurrences = true, string? knowledgePath = null, bool roles = true)
    {
        ArgumentNullException.ThrowIfNull(streams);
        extractor = null!;
        if (modelPath is not null && !File.Exists(modelPath))
        {
            streams.ReportError($"--model '{modelPath}': no such file");
            return false;
        }

        try
        {
            extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { ModelPath = modelPath, KnowledgePath = knowledgePath, Graph = store is null ? new EntityGraph(new EntityGraphOptions { RecordOccurrences = recordOccurrences }) : null, Store = store, ExtractRoles = roles });
            return true;
        }
        catch (FormatException ex) when (knowledgePath is not null)
        {
            streams.ReportError("--knowledge: " + ex.Message);
            return false;
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            streams.ReportInputError(modelPath ?? "(embedded model)", "cannot load model: " + ex.Message);
            return false;
        }
    }

    private static ExtractionFormat ParseFormat(string value) => value switch
    {
        "json" => ExtractionFormat.Json,
        "text" => ExtractionFormat.Text,
        "table" => ExtractionFormat.Table,
        _ => ExtractionFormat.JsonLines,
    };
}
