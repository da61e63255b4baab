using Microsoft.Extensions.Logging;

namespace Entities.French.DependencyInjection;

/// <summary>The log messages of the registered extraction services (source-generated, allocation-free when disabled).</summary>
internal static partial class ExtractionLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Loaded French entity model {Model} in {ElapsedMilliseconds} ms ({FeatureCount} features, shared graph: {SharedGraph})")]
    public static partial void ModelLoaded(ILogger logger, string model, long elapsedMilliseconds, int featureCount, bool sharedGraph);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Extracted {Documents} documents ({Mentions} mentions) in {ElapsedMilliseconds} ms, {DocumentsPerSecond:F1} documents/s")]
    public static partial void BatchProgress(ILogger logger, int documents, long mentions, long elapsedMilliseconds, double documentsPerSecond);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Batch done: {Documents} documents, {Mentions} mentions in {ElapsedMilliseconds} ms")]
    public static partial void BatchCompleted(ILogger logger, int documents, long mentions, long elapsedMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Batch cancelled after {Documents} documents")]
    public static partial void BatchCancelled(ILogger logger, int documents);
}
