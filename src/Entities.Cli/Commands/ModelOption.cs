using System.CommandLine;
using Entities.French.Ner;
using Entities.Models;
using Entities.Tagging;

namespace Entities.Cli.Commands;

/// <summary>The <c>--model</c> option shared by the tagging commands: a model file, or the embedded French model.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model", "-m")
    {
        Description = "Model file to use (default: the embedded French model, CC BY-NC-SA 4.0).",
    };

    public static CrfTagger Load(string? path) => path is null ? FrenchModel.LoadDefault() : CrfTagger.Load(path);

    /// <summary>Loads the model, or reports one error line (missing, unreadable or corrupt file) and returns <see langword="false"/>.</summary>
    public static bool TryLoad(CliStreams streams, string? path, out CrfTagger tagger)
    {
        tagger = null!;
        try
        {
            tagger = Load(path);
            return true;
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            streams.ReportInputError(path ?? "(embedded model)", "cannot load model: " + ex.Message);
            return false;
        }
    }

    /// <summary>Reports every path of <paramref name="files"/> that is not an existing file; <see langword="true"/> when all exist.</summary>
    public static bool AllFilesExist(CliStreams streams, IEnumerable<string> files)
    {
        bool ok = true;
        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            streams.ReportInputError(file, "no such file or directory");
            ok = false;
        }

        return ok;
    }
}
