namespace Entities.French.Extraction;

/// <summary>Options of a <see cref="FrenchEntityExtractor"/>.</summary>
public class FrenchEntityExtractorOptions : EntityExtractorOptions
{
    /// <summary>
    /// An already loaded tagger to use instead of the embedded model: a <see cref="Tagging.CrfTagger"/> loaded from a file or a
    /// stream (<see cref="Tagging.CrfTagger.Load(Stream, string)"/>), shared by several extractors, or any <see cref="Tagging.ITagger"/>.
    /// Not with <see cref="ModelPath"/>.
    /// </summary>
    public Tagging.ITagger? Tagger { get; set; }

    /// <summary>
    /// Your own names on top of the built-in tables (entries the rule layer tags, the resolver groups and the linker joins, and
    /// strings never to return), given in code. Merged with <see cref="KnowledgePath"/>'s when both are set.
    /// </summary>
    public Knowledge.UserKnowledge? Knowledge { get; set; }

    /// <summary>A knowledge file (see <see cref="Entities.Knowledge.UserKnowledge.Load"/>) read when the extractor is created.</summary>
    public string? KnowledgePath { get; set; }

    /// <summary>A model file to use instead of the embedded default model (<c>models/fr/fr-ner.model</c>); <see langword="null"/> for the default.</summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// Whether each result lists the roles its people hold (<see cref="ExtractionResult.Roles"/>: <c>le PDG de Renault, Luca de
    /// Meo</c>). Default <see langword="true"/>; <see langword="false"/> skips that stage.
    /// </summary>
    public bool ExtractRoles { get; set; } = true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Validate()
    {
        var problems = base.Validate().ToList();
        if (ModelPath is not null && Tagger is not null)
            problems.Add($"Set {nameof(ModelPath)} or {nameof(Tagger)}, not both.");
        if (KnowledgePath is not null && !File.Exists(KnowledgePath))
            problems.Add($"{nameof(KnowledgePath)} '{KnowledgePath}' does not exist.");
        if (ModelPath is not null && !File.Exists(ModelPath))
            problems.Add($"{nameof(ModelPath)} '{ModelPath}' does not exist.");
        return problems;
    }
}
