using System.CommandLine;
using Entities.Cli.Input;
using Entities.Cli.Output;
using Entities.French.Extraction;

namespace Entities.Cli.Commands;

/// <summary>
/// <c>entities extract PATH... [--format jsonl|json|text] [--threads N]</c>: finds the named entities of each document.
/// Documents that cannot be read get one error line on standard error; the others are still processed (exit code 1).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Creates the command.</summary>
    internal static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "UTF-8 text files, folders (every regular file below them, in ordinal path order) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON object per document and line), json (one JSON array) or text.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "text");
        var threads = new Option<int>("--threads", "-j")
        {
            Description = "Documents processed in parallel; output stays in input order.",
            DefaultValueFactory = _ => 1,
        };
        threads.Validators.Add(result =>
        {
            int value = result.GetValueOrDefault<int>();
            if (value < 1 || value > 512) result.AddError("--threads must be between 1 and 512.");
        });

        var command = new Command("extract", "Extract named entities (PER, LOC, ORG, MISC) from French documents.") { paths, format, threads };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            CliStreams.From(parseResult),
            parseResult.GetRequiredValue(paths),
            ParseFormat(parseResult.GetRequiredValue(format)),
            parseResult.GetValue(threads),
            new FrenchEntityExtractor(),
            cancellationToken)));
        return command;
    }

    /// <summary>Extracts the entities of every document named by <paramref name="paths"/>; returns the exit code.</summary>
    internal static int Run(CliStreams streams, IReadOnlyList<string> paths, ExtractionFormat format, int threads, IEntityExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(extractor);
        var expansion = InputSources.Expand(paths, cancellationToken);
        foreach (var error in expansion.Errors) streams.ReportInputError(error.Path, error.Reason);
        bool failed = expansion.Errors.Count > 0;

        var output = new ExtractionOutput(streams.Output, format);
        IEnumerable<DocumentOutcome> outcomes = threads <= 1
            ? expansion.Sources.Select(source => Process(source, streams.Input, extractor, output, cancellationToken))
            : expansion.Sources.AsParallel().AsOrdered()
                .WithDegreeOfParallelism(threads)
                .WithCancellation(cancellationToken)
                .Select(source => Process(source, streams.Input, extractor, output, cancellationToken));

        foreach (var outcome in outcomes)
        {
            if (outcome.Rendered is not null)
            {
                output.Write(outcome.Rendered);
            }
            else
            {
                streams.ReportInputError(outcome.Source.DisplayName, outcome.Error ?? "failed");
                failed = true;
            }
        }

        output.Complete();
        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static DocumentOutcome Process(InputSource source, TextReader standardInput, IEntityExtractor extractor, ExtractionOutput output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!DocumentReader.TryRead(source, standardInput, out var text, out var reason)) return new DocumentOutcome(source, null, reason);
        try
        {
            var result = extractor.ExtractEntities(text, cancellationToken);
            return new DocumentOutcome(source, output.Render(source.DisplayName, result), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new DocumentOutcome(source, null, "extraction failed: " + ex.Message);
        }
    }

    private static ExtractionFormat ParseFormat(string value) => value switch
    {
        "json" => ExtractionFormat.Json,
        "text" => ExtractionFormat.Text,
        _ => ExtractionFormat.JsonLines,
    };

    private sealed record DocumentOutcome(InputSource Source, string? Rendered, string? Error);
}
