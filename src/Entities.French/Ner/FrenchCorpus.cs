using Entities.Corpora;

namespace Entities.French.Ner;

/// <summary>Reads IOB2 corpora and normalizes them to the French conventions of the project.</summary>
public static class FrenchCorpus
{
    /// <summary>Reads and normalizes every sentence of a file (eagerly).</summary>
    /// <exception cref="IobFormatException">A line is malformed.</exception>
    public static IReadOnlyList<CorpusSentence> Read(string path, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalizer = FrenchNerResources.CreateNormalizer();
        return normalizer.Normalize(IobReader.ReadFile(path, statistics), statistics).ToList();
    }
}
