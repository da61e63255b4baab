using Entities.French.Extraction;

namespace Entities.Tests.Reliability;

/// <summary>One extractor with the embedded model for the reliability tests (immutable and thread-safe, so shared).</summary>
internal static class Extractors
{
    private static readonly Lazy<FrenchEntityExtractor> Shared = new(() => new FrenchEntityExtractor());

    public static FrenchEntityExtractor Default => Shared.Value;
}
