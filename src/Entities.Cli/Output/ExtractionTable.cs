using System.Globalization;
using System.Text;

namespace Entities.Cli.Output;

/// <summary>
/// The <c>--format table</c> rendering of one document, for people: a title line, then one row per mention with aligned
/// columns (START, END, LABEL, SCORE, ENTITY, TEXT, NAME) and a blank line. Not a stable format: parse the JSON instead.
/// </summary>
internal static class ExtractionTable
{
    private static readonly string[] Header = ["START", "END", "LABEL", "SCORE", "ENTITY", "TEXT", "NAME"];

    /// <summary>Renders one document (ends with a blank line).</summary>
    public static string Render(string document, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        var culture = CultureInfo.InvariantCulture;
        var names = result.Entities.ToDictionary(e => e.Id, e => e.CanonicalName, StringComparer.Ordinal);
        var rows = new List<string[]> { Header };
        foreach (var mention in result.Mentions)
        {
            string? name = mention.EntityId is not null && names.TryGetValue(mention.EntityId, out var n) ? n : null;
            rows.Add([
                mention.Start.ToString(culture),
                mention.End.ToString(culture),
                mention.Label.ToCode(),
                JsonText.RoundScore(mention.Score).ToString("0.0000", culture),
                mention.EntityId ?? "-",
                Escaping.Quote(mention.Text),
                name is null ? "" : Escaping.Quote(name),
            ]);
        }

        var text = new StringBuilder();
        text.Append(culture, $"{document}: {result.Mentions.Count} mentions, {result.Entities.Count} entities\n");
        if (result.Mentions.Count > 0) AppendAligned(text, rows);
        text.Append('\n');
        return text.ToString();
    }

    private static void AppendAligned(StringBuilder text, List<string[]> rows)
    {
        var widths = new int[Header.Length];
        foreach (var row in rows)
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        bool[] rightAligned = [true, true, false, true, false, false, false];
        foreach (var row in rows)
        {
            var line = new StringBuilder("  ");
            for (int c = 0; c < row.Length; c++)
            {
                if (c > 0) line.Append("  ");
                bool last = c == row.Length - 1;
                if (rightAligned[c]) line.Append(row[c].PadLeft(widths[c]));
                else line.Append(last ? row[c] : row[c].PadRight(widths[c]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }
}
