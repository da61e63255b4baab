namespace Entities.Cli.Output;

/// <summary>The output formats of <c>entities extract</c>.</summary>
internal enum ExtractionFormat
{
    /// <summary>JSON Lines: one compact JSON object per document, one per line.</summary>
    JsonLines,

    /// <summary>One JSON array holding the objects of every document.</summary>
    Json,

    /// <summary>Human-readable lines; not a stable format.</summary>
    Text,

    /// <summary>Aligned columns, one row per mention; for people, not a stable format.</summary>
    Table,
}
