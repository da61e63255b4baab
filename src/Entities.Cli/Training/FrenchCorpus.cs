using Entities.Corpora;
using Entities.French.Ner;

namespace Entities.Cli.Training;

/// <summary>French IOB2 corpora read with the French pack's conventions (titles out of persons, joined elisions).</summary>
internal static class FrenchCorpus
{
    /// <summary>The French span conventions for <see cref="CorpusNormalizer"/>.</summary>
    public static CorpusNormalizationOptions Conventions => new()
    {
        TitleWords = [.. FrenchNerResources.TitleWords],
        ElisionWords = [.. FrenchNerResources.ElisionWords],
        NameParticles = [.. FrenchNerResources.NameParticles],
        LiteralLocations = [.. FrenchNerResources.CountryNames],
    };

    /// <summary>Reads and normalizes a French IOB2 file.</summary>
    public static IReadOnlyList<CorpusSentence> Read(string path, IobReadStatistics? statistics = null) => IobCorpus.Read(path, Conventions, statistics);
}
