using System.Globalization;
using System.Text;

namespace Entities.Cli.Output;

/// <summary>The human-readable rendering of one document in <c>entities extract --format text</c>. Not a stable format: parse the JSON instead.</summary>
internal static class ExtractionText
{
    /// <summary>Renders one document: a header line, one line per mention, one line per entity (ends with a newline).</summary>
    public static string Render(string document, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append(culture, $"{document}: {Plural(result.Mentions.Count, "mention")}, {Plural(result.Entities.Count, "entity", "entities")}\n");
        foreach (var mention in result.Mentions)
        {
            text.Append(culture, $"  [{mention.Start},{mention.End}) {mention.Label.ToCode(),-4} {JsonText.RoundScore(mention.Score):0.0000} {Escaping.Quote(mention.Text)}");
            if (mention.EntityId is not null) text.Append(culture, $" -> {mention.EntityId}");
            text.Append('\n');
        }

        foreach (var entity in result.Entities)
        {
            text.Append(culture, $"  {entity.Id} {entity.Label.ToCode(),-4} {Escaping.Quote(entity.CanonicalName)}");
            text.Append(" aliases: ").AppendJoin(", ", entity.Aliases.Select(Escaping.Quote));
            text.Append(" mentions: ").AppendJoin(", ", entity.MentionIndices);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Plural(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
