using System.Text;

namespace Entities.Graph.Export;

/// <summary>
/// Writes a Graphviz DOT undirected graph: one box per node labelled with its canonical name and filled by entity type
/// (PER blue, LOC green, ORG orange, MISC purple), one edge per co-occurrence with <c>weight</c> = sentences mentioning both ends.
/// Edges of weight 0 (entities that share a document but no sentence) are left out unless <see cref="IncludeZeroWeightEdges"/>:
/// in a drawing they would join most entities of a document to each other. Role edges are dashed arrows from the person to
/// the organization or place, labelled with the role; a person's label gains its most frequent role. Labels are quoted with
/// <c>\</c> and <c>"</c> escaped and line breaks as <c>\n</c>.
/// </summary>
public sealed class DotExporter : IGraphExporter
{
    /// <summary>Whether edges of weight 0 (no sentence in common, only documents) are written too; <see langword="false"/> by default.</summary>
    public bool IncludeZeroWeightEdges { get; init; }

    /// <inheritdoc />
    public string FormatName => "DOT";

    /// <inheritdoc />
    public string FileExtension => ".dot";

    /// <inheritdoc />
    public void Export(EntityGraphSnapshot snapshot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("graph entities {");
        writer.WriteLine("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];");
        var descriptions = snapshot.Descriptions();
        foreach (var node in snapshot.Nodes)
        {
            string label = descriptions.TryGetValue(node.Id, out string? description) ? node.CanonicalName + "\n" + description : node.CanonicalName;
            writer.WriteLine(
                $"  {Quote(node.Id)} [label={Quote(label)}, fillcolor={Quote(EntityColours.Hex(node.Label))}, " +
                $"tooltip={Quote($"{node.Label.ToCode()}, {node.MentionCount} mentions")}];");
        }

        foreach (var edge in snapshot.Edges)
        {
            if (edge.SentenceCount == 0 && !IncludeZeroWeightEdges) continue;
            string n = XmlExport.Number(edge.SentenceCount);
            writer.WriteLine($"  {Quote(edge.Source)} -- {Quote(edge.Target)} [weight={n}, label={Quote(n)}];");
        }

        foreach (var role in snapshot.Roles.Where(r => r.Target is not null))
        {
            writer.WriteLine($"  {Quote(role.Person)} -- {Quote(role.Target!)} [dir=forward, style=dashed, color=\"#555555\", label={Quote(role.Role)}];");
        }

        writer.WriteLine("}");
    }

    /// <summary>Returns <paramref name="text"/> as a DOT quoted string.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
