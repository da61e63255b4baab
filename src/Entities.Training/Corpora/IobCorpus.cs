namespace Entities.Corpora;

/// <summary>Reads an IOB2 file and brings it to the project's span conventions in one call.</summary>
public static class IobCorpus
{
    /// <summary>Reads and normalizes the sentences of an IOB2 file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The language's conventions (titles, elisions, name particles).</param>
    /// <param name="statistics">Receives what was read and changed, when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="IobFormatException">The file is malformed or empty.</exception>
    public static IReadOnlyList<CorpusSentence> Read(string path, CorpusNormalizationOptions options, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return new CorpusNormalizer(options).Normalize(IobReader.ReadFile(path, statistics), statistics).ToList();
    }
}
