using Entities.French.Extraction;

namespace Entities.French.DependencyInjection;

/// <summary>
/// Options of the extractor registered by <c>services.AddFrenchEntityExtraction(...)</c>: the extractor's own options plus
/// how it is shared in the container. Validated when the application starts.
/// </summary>
public sealed class FrenchEntityExtractionOptions : FrenchEntityExtractorOptions
{
    /// <summary>The default for <see cref="ProgressInterval"/>.</summary>
    public const int DefaultProgressInterval = 1000;

    /// <summary>
    /// Whether the extractor merges every document into the container's shared <see cref="Entities.Graph.EntityGraph"/> singleton, so
    /// entity ids agree across documents and requests. Default <see langword="true"/>. When <see langword="false"/>, each call gets
    /// private entities (<c>e1</c>, <c>e2</c>, … per document) and the registered graph stays empty. Ignored when
    /// <see cref="EntityExtractorOptions.Graph"/> is set: that graph is the one registered and used.
    /// </summary>
    public bool UseSharedGraph { get; set; } = true;

    /// <summary>The batch processor logs its progress every this many documents. Default <see cref="DefaultProgressInterval"/>; at least 1.</summary>
    public int ProgressInterval { get; set; } = DefaultProgressInterval;

    /// <inheritdoc />
    /// <summary>Documents the batch processor extracts at the same time (results stay in input order). Default 1.</summary>
    public int MaxDegreeOfParallelism { get; set; } = 1;

    /// <inheritdoc />
    public override IReadOnlyList<string> Validate()
    {
        var problems = base.Validate().ToList();
        if (MaxDegreeOfParallelism < 1)
            problems.Add($"{nameof(MaxDegreeOfParallelism)} must be at least 1 (was {MaxDegreeOfParallelism}).");
        if (ProgressInterval < 1)
            problems.Add($"{nameof(ProgressInterval)} must be at least 1 (was {ProgressInterval}).");
        return problems;
    }
}
