using System.CommandLine;
using Entities.French.Ner;
using Entities.Tagging;

namespace Entities.Cli.Commands;

/// <summary>The <c>--model</c> option shared by the tagging commands: a model file, or the embedded French model.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model", "-m")
    {
        Description = "Model file to use (default: the embedded French model).",
    };

    public static EntityTagger Load(string? path) => path is null ? FrenchModel.LoadDefault() : EntityTagger.Load(path);
}
