using System.Reflection;
using Entities.Models;
using Entities.Tagging;

namespace Entities.French.Ner;

/// <summary>The French entity-tagging model shipped inside this assembly (see <c>models/fr/MODEL.md</c>; non-commercial licence).</summary>
public static class FrenchModel
{
    /// <summary>The manifest name of the embedded model.</summary>
    public const string ResourceName = "Entities.French.Models.fr-ner.model";

    private static readonly Lazy<CrfTagger> Default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the embedded model, loaded once on first use (thread-safe).</summary>
    /// <exception cref="ModelFormatException">The embedded model is missing or unreadable.</exception>
    public static CrfTagger LoadDefault() => Default.Value;

    private static CrfTagger Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException(ResourceName, "the model is not embedded in Entities.French (build with models/fr/fr-ner.model present).");
        return CrfTagger.Load(stream, ResourceName);
    }
}
