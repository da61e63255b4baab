using System.Diagnostics;
using Entities.French.DependencyInjection;
using Entities.French.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Entities.French.Batch;

/// <summary>
/// Runs a <see cref="FrenchEntityExtractor"/> over a sequence of documents and logs progress (documents, mentions,
/// documents/s) every <c>progressInterval</c> documents and once at the end. Stateless between calls; thread-safe.
/// </summary>
public sealed class EntityBatchProcessor : IEntityBatchProcessor
{
    private readonly FrenchEntityExtractor extractor;
    private readonly int progressInterval;
    private readonly ILogger logger;
    private readonly int maxDegreeOfParallelism;

    /// <summary>Creates a batch processor.</summary>
    /// <param name="extractor">The extractor; with a shared graph, documents are merged under their ids.</param>
    /// <param name="progressInterval">Log progress every this many documents (at least 1).</param>
    /// <param name="logger">Receives the progress messages; <see langword="null"/> for none.</param>
    /// <param name="maxDegreeOfParallelism">Documents processed at the same time (<see cref="OrderedBatch"/>; results stay in input order).</param>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressInterval"/> is less than 1.</exception>
    public EntityBatchProcessor(FrenchEntityExtractor extractor, int progressInterval = FrenchEntityExtractionOptions.DefaultProgressInterval, ILogger? logger = null, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(progressInterval, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        this.maxDegreeOfParallelism = maxDegreeOfParallelism;
        this.extractor = extractor;
        this.progressInterval = progressInterval;
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public IEnumerable<BatchExtraction> Process(IEnumerable<BatchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Run(documents, cancellationToken);
    }

    private IEnumerable<BatchExtraction> Run(IEnumerable<BatchDocument> documents, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int count = 0;
        long mentions = 0;
        var requests = documents.Select(document =>
            document is null
                ? throw new ArgumentNullException(nameof(documents), "A document of the batch is null.")
                : new ExtractionRequest(document.Text, extractor.Store is null ? null : document.Id));
        using var results = extractor.ExtractAll(requests, maxDegreeOfParallelism, cancellationToken).GetEnumerator();
        using var ids = documents.GetEnumerator();
        while (true)
        {
            try
            {
                if (!results.MoveNext()) break;
            }
            catch (OperationCanceledException)
            {
                ExtractionLog.BatchCancelled(logger, count);
                throw;
            }

            var result = results.Current;
            ids.MoveNext();
            if (result.Error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(result.Error);
            var extraction = new BatchExtraction(ids.Current.Id, result.Result!);
            count++;
            mentions += extraction.Result.Mentions.Count;
            if (count % progressInterval == 0)
                ExtractionLog.BatchProgress(logger, count, mentions, clock.ElapsedMilliseconds, count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
            yield return extraction;
        }

        ExtractionLog.BatchCompleted(logger, count, mentions, clock.ElapsedMilliseconds);
    }
}
