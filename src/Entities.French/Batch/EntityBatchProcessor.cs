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

    /// <summary>Creates a batch processor.</summary>
    /// <param name="extractor">The extractor; with a shared graph, documents are merged under their ids.</param>
    /// <param name="progressInterval">Log progress every this many documents (at least 1).</param>
    /// <param name="logger">Receives the progress messages; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressInterval"/> is less than 1.</exception>
    public EntityBatchProcessor(FrenchEntityExtractor extractor, int progressInterval = FrenchEntityExtractionOptions.DefaultProgressInterval, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(progressInterval, 1);
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
        using var enumerator = documents.GetEnumerator();
        while (true)
        {
            BatchExtraction extraction;
            try
            {
                if (!enumerator.MoveNext()) break;
                var document = enumerator.Current ?? throw new ArgumentNullException(nameof(documents), "A document of the batch is null.");
                var result = extractor.Store is null
                    ? extractor.ExtractEntities(document.Text, cancellationToken)
                    : extractor.ExtractEntities(document.Text, document.Id, cancellationToken);
                extraction = new BatchExtraction(document.Id, result);
            }
            catch (OperationCanceledException)
            {
                ExtractionLog.BatchCancelled(logger, count);
                throw;
            }

            count++;
            mentions += extraction.Result.Mentions.Count;
            if (count % progressInterval == 0)
                ExtractionLog.BatchProgress(logger, count, mentions, clock.ElapsedMilliseconds, count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
            yield return extraction;
        }

        ExtractionLog.BatchCompleted(logger, count, mentions, clock.ElapsedMilliseconds);
    }
}
