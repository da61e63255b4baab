using Entities.Cli.Input;
using Entities.Cli.Output;
using Entities.Cli.Progress;
using Entities.French.Extraction;
using Entities.Graph.Export;

namespace Entities.Cli.Commands;

/// <summary>
/// Runs <c>entities extract</c>: expands the inputs, extracts every document into the run's shared graph (in parallel with
/// <see cref="ExtractSettings.Threads"/> &gt; 1, output still in input order), writes the results, then the graph, then the summary.
/// </summary>
internal static class ExtractRunner
{
    /// <summary>Runs the extraction and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="streams">Standard streams of the invocation.</param>
    /// <param name="settings">The run's options.</param>
    /// <param name="extractor">The extractor; with a shared graph, documents are merged under their path as id.</param>
    /// <param name="cancellationToken">Ctrl+C: stops the run; nothing is written to <c>--graph</c> or <c>--output</c>.</param>
    internal static int Run(CliStreams streams, ExtractSettings settings, FrenchEntityExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(extractor);
        Input.InputExpansion expansion;
        try
        {
            expansion = InputSources.Expand(settings.Paths, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            ReportInterrupted(streams, settings, 0, []);
            return ExitCodes.Cancelled;
        }

        foreach (var error in expansion.Errors) streams.ReportInputError(error.Path, error.Reason);
        bool failed = expansion.Errors.Count > 0;
        var documents = DocumentIds.Assign(expansion.Sources);

        // Both targets are opened before any document is processed: a missing folder or a file that cannot be written is
        // reported now, not after the whole run. Nothing is written to them before the end.
        if (!TryOpenTarget(streams, settings.OutputPath, out var file)) return ExitCodes.InputErrors;
        OutputFile? graphFile = null;
        if (settings.GraphPath is not null && extractor.Store is not null && !TryOpenTarget(streams, settings.GraphPath, out graphFile))
        {
            file?.Dispose();
            return ExitCodes.InputErrors;
        }

        using (file)
        using (graphFile)
        {
            bool stats = !settings.Quiet && (streams.ErrorIsTerminal || settings.Summary);
            var meter = new ProgressMeter(streams.Error, documents.Count, draw: !settings.Quiet && streams.ErrorIsTerminal && documents.Count > 1);
            var output = new ExtractionOutput(file?.Writer ?? streams.Output, settings.Format);
            var written = new List<string>();
            try
            {
                var work = new Work(streams.Input, extractor, meter, stats, cancellationToken);
                var outcomes = OrderedBatch.Run(documents, (_, document, _) => work.Process(document), settings.Threads, cancellationToken);

                foreach (var read in outcomes)
                {
                    var outcome = work.Link(read);
                    if (outcome.Result is not null)
                    {
                        output.Write(outcome.Document.Source.DisplayName, outcome.Result);
                        written.Add(outcome.Document.Id);
                    }
                    else
                    {
                        meter.WriteAbove(() => streams.ReportInputError(outcome.Document.Source.DisplayName, outcome.Error ?? "failed"));
                        failed = true;
                    }
                }

                output.Complete();
                cancellationToken.ThrowIfCancellationRequested();
                if (graphFile is not null && !TryWriteGraph(streams, extractor, settings.GraphPath!, graphFile))
                    return ExitCodes.InputErrors;
                file?.Commit();
            }
            catch (OperationCanceledException)
            {
                meter.Clear();
                ReportInterrupted(streams, settings, documents.Count, written);
                return ExitCodes.Cancelled;
            }
            catch (Graph.GraphStoreUnavailableException ex)
            {
                // Stop the run with one message rather than fail every remaining document one by one.
                meter.Clear();
                var notDone = documents.Select(d => d.Id).Where(id => !written.Contains(id)).ToList();
                string which = notDone.Count == 1 ? notDone[0] : $"{notDone[0]} … {notDone[^1]}";
                var untouched = new[] { settings.OutputPath, settings.GraphPath }.Where(p => p is not null).ToArray();
                string files = untouched.Length == 0 ? "" : $"; nothing written to {string.Join(" or ", untouched)}";
                streams.ReportError($"graph store unreachable, run stopped: {ex.Message}; {notDone.Count} of {documents.Count} documents not done ({which}){files}");
                return ExitCodes.InputErrors;
            }

            meter.Clear();
            if (stats) streams.ReportError(meter.Summary(extractor.Store?.NodeCount ?? 0));
        }

        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static bool TryOpenTarget(CliStreams streams, string? path, out OutputFile? file)
    {
        file = null;
        if (path is null) return true;
        if (OutputFile.TryCreate(path, out var opened, out var reason))
        {
            file = opened;
            return true;
        }

        streams.ReportInputError(path, reason);
        return false;
    }

    private static bool TryWriteGraph(CliStreams streams, FrenchEntityExtractor extractor, string path, OutputFile file)
    {
        try
        {
            GraphExporters.ForPath(path).Export(extractor.Store!.Snapshot(), file.Stream);
            file.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            streams.ReportInputError(path, "cannot write graph: " + InputErrorReasons.Describe(ex));
            return false;
        }
    }

    private static void ReportInterrupted(CliStreams streams, ExtractSettings settings, int total, List<string> written)
    {
        string done = written.Count switch
        {
            0 => "no document was done",
            1 => $"1 of {total} documents was done ({written[0]})",
            _ => $"{written.Count} of {total} documents were done ({written[0]} … {written[^1]}, in input order)",
        };
        var untouched = new[] { settings.OutputPath, settings.GraphPath }.Where(p => p is not null).ToArray();
        string files = untouched.Length == 0 ? "" : $"; nothing written to {string.Join(" or ", untouched)}";
        streams.ReportError($"interrupted: {done}{files}");
    }

    /// <summary>
    /// The per-document work, shared by the sequential and the parallel paths: <see cref="Process"/> reads and extracts a
    /// document up to linking on any thread; <see cref="Link"/> links it into the run's graph on the consuming thread in input
    /// order, so that ids do not depend on the number of threads; the output then streams it.
    /// </summary>
    private sealed class Work(TextReader standardInput, FrenchEntityExtractor extractor, ProgressMeter meter, bool countTokens, CancellationToken cancellationToken)
    {
        public ReadOutcome Process(Document document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!DocumentReader.TryRead(document.Source, standardInput, out var text, out var reason)) return new ReadOutcome(document, null, null, reason);
            try
            {
                return extractor.Store is null
                    ? new ReadOutcome(document, null, extractor.ExtractEntities(text, cancellationToken), null)
                    : new ReadOutcome(document, extractor.ExtractUnlinked(text, cancellationToken), null, null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new ReadOutcome(document, null, null, "extraction failed: " + ex.Message);
            }
        }

        public DocumentOutcome Link(ReadOutcome read)
        {
            if (read.Error is not null)
            {
                meter.DocumentFailed();
                return new DocumentOutcome(read.Document, null, read.Error);
            }

            try
            {
                var result = read.Result ?? extractor.Link(read.Extraction!, read.Document.Id);
                meter.DocumentDone(countTokens ? result.TokenCount : 0, result.Mentions.Count); // counted by the extraction, not by a second tokenization
                return new DocumentOutcome(read.Document, result, null);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or Graph.GraphStoreUnavailableException))
            {
                meter.DocumentFailed();
                return new DocumentOutcome(read.Document, null, "extraction failed: " + ex.Message);
            }
        }
    }

    /// <summary>A document read and extracted up to linking (or its result without a store), or why it could not be.</summary>
    private sealed record ReadOutcome(Document Document, UnlinkedExtraction? Extraction, ExtractionResult? Result, string? Error);

    private sealed record DocumentOutcome(Document Document, ExtractionResult? Result, string? Error);
}
