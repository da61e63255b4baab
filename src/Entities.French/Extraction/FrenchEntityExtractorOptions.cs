namespace Entities.French.Extraction;

/// <summary>Options of a <see cref="FrenchEntityExtractor"/>.</summary>
public sealed class FrenchEntityExtractorOptions : EntityExtractorOptions
{
    /// <summary>A model file to use instead of the embedded default model (<c>models/fr/fr-ner.model</c>); <see langword="null"/> for the default.</summary>
    public string? ModelPath { get; set; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Validate()
    {
        var problems = base.Validate().ToList();
        if (ModelPath is not null && !File.Exists(ModelPath))
            problems.Add($"{nameof(ModelPath)} '{ModelPath}' does not exist.");
        return problems;
    }
}
