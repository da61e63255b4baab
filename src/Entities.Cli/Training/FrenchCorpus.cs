using Entities.Cli.Input;
using Entities.Corpora;
using Entities.French.Ner;

namespace Entities.Cli.Training;

/// <summary>French IOB2 corpora read with the French pack's conventions (titles out of persons, joined elisions).</summary>
internal static class FrenchCorpus
{
    /// <summary>The reason given for a file without any sentence.</summary>
    public const string NoSentence = "no sentence (expected one token<TAB>tag per line, a blank line between sentences)";

    /// <summary>The French span conventions for <see cref="CorpusNormalizer"/>.</summary>
    public static CorpusNormalizationOptions Conventions => new()
    {
        TitleWords = [.. FrenchNerResources.SpanTitleWords],
        ElisionWords = [.. FrenchNerResources.ElisionWords],
        NameParticles = [.. FrenchNerResources.NameParticles],
        TitleParticles = ["de", "d'", "du"],
        LiteralLocations = [.. FrenchNerResources.CountryNames, .. FrenchNerResources.MetonymicPlaceNames],
    };

    /// <summary>Reads and normalizes a French IOB2 file.</summary>
    public static IReadOnlyList<CorpusSentence> Read(string path, IobReadStatistics? statistics = null) => IobCorpus.Read(path, Conventions, statistics);

    /// <summary>
    /// Reads and normalizes a French IOB2 file; a malformed, empty or unreadable file gets one error line
    /// (<c>entities: &lt;file&gt;: line N: &lt;problem&gt;</c>) and <see langword="false"/>.
    /// </summary>
    public static bool TryRead(CliStreams streams, string path, out IReadOnlyList<CorpusSentence> sentences, IobReadStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(streams);
        sentences = [];
        try
        {
            sentences = Read(path, statistics);
        }
        catch (IobFormatException ex)
        {
            Report(streams, ex);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            streams.ReportInputError(path, InputErrorReasons.Describe(ex));
            return false;
        }

        if (sentences.Count > 0) return true;
        streams.ReportInputError(path, NoSentence);
        return false;
    }

    /// <summary>Reports a malformed line: <c>entities: &lt;file&gt;: line N: &lt;problem&gt;</c>.</summary>
    public static void Report(CliStreams streams, IobFormatException exception)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(exception);
        streams.ReportInputError(exception.FilePath, $"line {exception.LineNumber}: {exception.Problem}");
    }
}
