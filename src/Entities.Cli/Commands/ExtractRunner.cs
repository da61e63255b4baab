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
        bool failed = false;
        IReadOnlyList<Document>? listed = null;
        QueueFeed? feed = null;
        IEnumerable<Document> documents;
        int total;
        if (settings.Queue is { } queueSettings)
        {
            // A queue worker: the documents are claimed from the store as the run goes (see QueueFeed).
            var queue = StoreOption.QueueOf(extractor.Store ?? throw new InvalidOperationException("--from-queue needs a store."));
            var status = queue.GetStatusAsync(0, cancellationToken).GetAwaiter().GetResult();
            total = (int)Math.Min(int.MaxValue, status.Pending + status.Expired);
            feed = new QueueFeed(queue, queueSettings, cancellationToken);
            documents = feed.Documents();
        }
        else
        {
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
            failed = expansion.Errors.Count > 0;
            listed = DocumentIds.Assign(expansion.Sources);
            documents = listed;
            total = listed.Count;
        }

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
            var meter = new ProgressMeter(streams.Error, total, draw: !settings.Quiet && streams.ErrorIsTerminal && total > 1);
            var output = new ExtractionOutput(file?.Writer ?? streams.Output, settings.Format);
            var written = new List<string>();
            try
            {
                var work = new Work(streams.Input, extractor, meter, stats, cancellationToken);
                // Files are read in groups, each extracted as one block (stage by stage: see EntityExtractor.ExtractAll). Many
                // small groups keep every thread busy (up to 16 per thread in flight); large ones stay 2 per thread. A queue
                // worker reads its claims one at a time.
                int groupSize = feed is not null ? 1 : Math.Clamp(total / (4 * settings.Threads), 1, MaxGroupDocuments);
                var outcomes = OrderedBatch.Run(Groups(documents, groupSize), (_, group, _) => work.Process(group.Documents), group => group.Bytes, MaxInFlightBytes, settings.Threads, cancellationToken)
                    .SelectMany(reads => reads);

                void Emit(DocumentOutcome outcome)
                {
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

                    feed?.Finished(outcome.Document, outcome.Result is null ? outcome.Error ?? "failed" : null);
                }

                // A store that writes batches (PostgreSQL) links 64 documents per transaction, on a second thread, while this
                // one reads the next 64: the round trips overlap the extraction. Batches are linked one at a time, in order.
                // Other stores link one document at a time, here.
                if (extractor.Store is Graph.IBatchingGraphStore)
                {
                    Task<DocumentOutcome[]>? linking = null;
                    foreach (var chunk in outcomes.Chunk(LinkGroupSize))
                    {
                        if (linking is not null) foreach (var outcome in linking.GetAwaiter().GetResult()) Emit(outcome);
                        linking = Task.Run(() => work.LinkAll(chunk).ToArray(), CancellationToken.None);
                    }

                    if (linking is not null) foreach (var outcome in linking.GetAwaiter().GetResult()) Emit(outcome);
                }
                else
                {
                    foreach (var read in outcomes) foreach (var outcome in work.LinkAll([read])) Emit(outcome);
                }

                feed?.Flush();
                output.Complete();
                cancellationToken.ThrowIfCancellationRequested();
                if (graphFile is not null && !TryWriteGraph(streams, extractor, settings.GraphPath!, graphFile))
                    return ExitCodes.InputErrors;
                file?.Commit();
            }
            catch (OperationCanceledException)
            {
                meter.Clear();
                int released = feed?.ReleaseUnfinished() ?? 0;
                ReportInterrupted(streams, settings, total, written);
                if (released > 0) streams.ReportError($"{released:N0} claimed document{(released == 1 ? " was" : "s were")} given back to the queue");
                return ExitCodes.Cancelled;
            }
            catch (Graph.GraphStoreUnavailableException ex)
            {
                // Stop the run with one message rather than fail every remaining document one by one.
                meter.Clear();
                var untouched = new[] { settings.OutputPath, settings.GraphPath }.Where(p => p is not null).ToArray();
                string files = untouched.Length == 0 ? "" : $"; nothing written to {string.Join(" or ", untouched)}";
                if (listed is null)
                {
                    // The claims of this worker come back to the queue when their leases expire.
                    streams.ReportError($"graph store unreachable, worker stopped: {ex.Message}; {written.Count:N0} documents done; its other claims return to the queue when their lease expires{files}");
                    return ExitCodes.InputErrors;
                }

                var notDone = listed.Select(d => d.Id).Where(id => !written.Contains(id)).ToList();
                string which = notDone.Count == 1 ? notDone[0] : $"{notDone[0]} … {notDone[^1]}";
                streams.ReportError($"graph store unreachable, run stopped: {ex.Message}; {notDone.Count} of {listed.Count} documents not done ({which}){files}");
                return ExitCodes.InputErrors;
            }

            meter.Clear();
            if (stats) streams.ReportError(meter.Summary(extractor.Store?.NodeCount ?? 0));
        }

        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    /// <summary>The most bytes of input files read ahead beyond two groups per thread.</summary>
    internal const long MaxInFlightBytes = 32L << 20;

    /// <summary>The most files of a group, read and extracted together as one block.</summary>
    internal const int MaxGroupDocuments = 128;

    /// <summary>The most bytes of a group's files (a larger file makes a group of its own).</summary>
    internal const long MaxGroupBytes = 1L << 20;

    /// <summary>Documents read and extracted together, and their size in bytes before they are read (-1 when a file's is unknown).</summary>
    private sealed record Group(Document[] Documents, long Bytes);

    /// <summary>Consecutive documents in groups of up to <paramref name="size"/> files and <see cref="MaxGroupBytes"/> bytes (a file of unknown size ends its group).</summary>
    private static IEnumerable<Group> Groups(IEnumerable<Document> documents, int size)
    {
        var group = new List<Document>(size);
        long bytes = 0;
        foreach (var document in documents)
        {
            long length = SizeOf(document);
            if (group.Count > 0 && (group.Count == size || bytes + Math.Max(0, length) > MaxGroupBytes))
            {
                yield return new Group([.. group], bytes);
                group.Clear();
                bytes = 0;
            }

            group.Add(document);
            if (length < 0)
            {
                yield return new Group([.. group], -1);
                group.Clear();
                bytes = 0;
                continue;
            }

            bytes += length;
        }

        if (group.Count > 0) yield return new Group([.. group], bytes);
    }

    /// <summary>A document's size in bytes before it is read; -1 when unknown (standard input, a file that cannot be read now).</summary>
    private static long SizeOf(Document document)
    {
        if (document.Source.FilePath is not { } path) return -1;
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }

    /// <summary>Documents linked in one transaction by a batching store: round trips amortized, output held back by at most this many.</summary>
    internal const int LinkGroupSize = 64;

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
    /// document up to linking on any thread; <see cref="LinkAll"/> links documents into the run's graph on the consuming thread in input
    /// order, so that ids do not depend on the number of threads; the output then streams it.
    /// </summary>
    private sealed class Work(TextReader standardInput, FrenchEntityExtractor extractor, ProgressMeter meter, bool countTokens, CancellationToken cancellationToken)
    {
        /// <summary>Reads a group of documents and extracts them as one block, up to linking when the run has a store; one outcome each, in order.</summary>
        public ReadOutcome[] Process(Document[] group)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reads = new ReadOutcome[group.Length];
            var texts = new List<string>(group.Length);
            var readable = new List<int>(group.Length);
            for (int i = 0; i < group.Length; i++)
            {
                if (DocumentReader.TryRead(group[i].Source, standardInput, out var text, out var reason))
                {
                    texts.Add(text);
                    readable.Add(i);
                }
                else
                {
                    reads[i] = new ReadOutcome(group[i], null, null, reason);
                }
            }

            if (extractor.Store is null)
            {
                int k = 0;
                foreach (var result in extractor.ExtractAll(texts.Select(text => new ExtractionRequest(text)), 1, cancellationToken))
                {
                    int i = readable[k++];
                    reads[i] = result.Succeeded
                        ? new ReadOutcome(group[i], null, result.Result, null)
                        : new ReadOutcome(group[i], null, null, "extraction failed: " + result.Error!.Message);
                }
            }
            else
            {
                var results = extractor.ExtractUnlinkedAll(texts, cancellationToken);
                for (int k = 0; k < results.Count; k++)
                {
                    var document = group[readable[k]];
                    reads[readable[k]] = results[k].Succeeded
                        ? new ReadOutcome(document, results[k].Extraction, null, null)
                        : new ReadOutcome(document, null, null, "extraction failed: " + results[k].Error!.Message);
                }
            }

            return reads;
        }

        /// <summary>Links the documents read, in order (in one batch when the store writes batches); one outcome each.</summary>
        public IEnumerable<DocumentOutcome> LinkAll(ReadOutcome[] reads)
        {
            var toLink = reads.Where(r => r.Error is null && r.Result is null).ToArray();
            var linked = new Dictionary<ReadOutcome, DocumentResult>();
            if (toLink.Length > 0)
            {
                var results = extractor.LinkAll([.. toLink.Select(r => (r.Extraction!, (string?)r.Document.Id))]);
                for (int i = 0; i < toLink.Length; i++) linked[toLink[i]] = results[i];
            }

            foreach (var read in reads)
            {
                if (read.Error is not null)
                {
                    meter.DocumentFailed();
                    yield return new DocumentOutcome(read.Document, null, read.Error);
                    continue;
                }

                var result = read.Result;
                if (result is null)
                {
                    var link = linked[read];
                    if (link.Error is not null)
                    {
                        meter.DocumentFailed();
                        yield return new DocumentOutcome(read.Document, null, "extraction failed: " + link.Error.Message);
                        continue;
                    }

                    result = link.Result!;
                }

                meter.DocumentDone(countTokens ? result.TokenCount : 0, result.Mentions.Count); // counted by the extraction, not by a second tokenization
                yield return new DocumentOutcome(read.Document, result, null);
            }
        }
    }

    /// <summary>
    /// The documents of an <c>extract --from-queue</c> worker: claimed from the store's queue a few at a time, on the consuming
    /// thread as the run asks for more, until none is left; each is marked done or failed once linked (or given back when the
    /// run is interrupted). A claim lost to an expired lease is not an error: the document is merged once whoever finishes it.
    /// </summary>
    private sealed class QueueFeed(Queue.IDocumentQueue queue, QueueSettings settings, CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, Queue.QueueClaim> open = new(StringComparer.Ordinal);

        public IEnumerable<Document> Documents()
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Flush();
                var claims = queue.ClaimAsync(settings.Worker, settings.ClaimCount, settings.Lease, cancellationToken).GetAwaiter().GetResult();
                if (claims.Count == 0) yield break;
                foreach (var claim in claims)
                {
                    open[claim.Source] = claim;
                    yield return new Document(new InputSource(claim.Source, claim.Source), claim.Source);
                }
            }
        }

        /// <summary>Done documents not yet marked in the queue: marked together, before the next claim and at the end.</summary>
        private readonly List<Queue.QueueClaim> done = [];

        public void Finished(Document document, string? error)
        {
            if (!open.Remove(document.Id, out var claim)) return;
            if (error is null) done.Add(claim);
            else queue.FailAsync(claim, error, CancellationToken.None).GetAwaiter().GetResult();
        }

        /// <summary>Marks the documents finished so far done, in one statement.</summary>
        public void Flush()
        {
            if (done.Count == 0) return;
            queue.CompleteAllAsync(done, CancellationToken.None).GetAwaiter().GetResult();
            done.Clear();
        }

        public int ReleaseUnfinished()
        {
            Flush();
            int released = 0;
            foreach (var claim in open.Values)
            {
                if (queue.ReleaseAsync(claim, CancellationToken.None).GetAwaiter().GetResult()) released++;
            }

            open.Clear();
            return released;
        }
    }

    /// <summary>A document read and extracted up to linking (or its result without a store), or why it could not be.</summary>
    private sealed record ReadOutcome(Document Document, UnlinkedExtraction? Extraction, ExtractionResult? Result, string? Error);

    private sealed record DocumentOutcome(Document Document, ExtractionResult? Result, string? Error);
}
