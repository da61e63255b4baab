using Entities.Graph;

namespace Entities.Cli.Commands;

/// <summary>Writes a human-readable summary of an entity graph: counts, most mentioned entities (with their main role), strongest edges, most said roles.</summary>
internal static class GraphSummary
{
    /// <summary>Writes the summary of <paramref name="snapshot"/> with the <paramref name="top"/> first entities and edges.</summary>
    public static void Write(EntityGraphSnapshot snapshot, int top, TextWriter output)
    {
        output.WriteLine($"Documents: {snapshot.DocumentIds.Count}");
        output.WriteLine($"Nodes: {snapshot.Nodes.Count}");
        output.WriteLine($"Edges: {snapshot.Edges.Count}");
        output.WriteLine($"Role edges: {snapshot.Roles.Count}");
        output.WriteLine();
        output.WriteLine($"Top {top} entities by mentions:");
        // As EntityGraph.MostMentioned: by mentions, then documents (both descending), then creation order (the snapshot's order).
        var mostMentioned = snapshot.Nodes.OrderByDescending(n => n.MentionCount).ThenByDescending(n => n.DocumentCount).Take(top);
        var descriptions = snapshot.Descriptions();
        foreach (var node in mostMentioned)
        {
            string others = string.Join(", ", node.Aliases
                .Where(a => !string.Equals(a.Alias, node.CanonicalName, StringComparison.Ordinal))
                .Select(a => $"{a.Alias} ×{a.Count}"));
            output.WriteLine($"  {node.Id,-7} {node.Label.ToCode(),-4} {node.CanonicalName}"
                + (descriptions.TryGetValue(node.Id, out string? description) ? $" — {description}" : "")
                + $"  ({node.MentionCount} mentions, {node.DocumentCount} documents)"
                + (others.Length > 0 ? $"  aliases: {others}" : ""));
        }

        output.WriteLine();
        output.WriteLine($"Top {top} edges by sentences:");
        var names = snapshot.Nodes.ToDictionary(n => n.Id, n => n.CanonicalName, StringComparer.Ordinal);
        var order = snapshot.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var strongest = snapshot.Edges
            .OrderByDescending(e => e.SentenceCount)
            .ThenByDescending(e => e.DocumentCount)
            .ThenBy(e => order[e.Source])
            .ThenBy(e => order[e.Target])
            .Take(top);
        foreach (var edge in strongest)
        {
            output.WriteLine($"  {names[edge.Source]} — {names[edge.Target]}  ({edge.SentenceCount} sentences, {edge.DocumentCount} documents)");
        }

        if (snapshot.Roles.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"Top {top} roles by times said:");
        foreach (var role in snapshot.Roles.OrderByDescending(r => r.Count).ThenByDescending(r => r.Documents.Count).ThenBy(r => order[r.Person]).Take(top))
        {
            string where = role.Target is not null ? names[role.Target] : role.Place ?? "";
            output.WriteLine($"  {names[role.Person]} — {role.Role}{(where.Length > 0 ? " — " + where : "")}  ({role.Count} times, {role.Documents.Count} documents)");
        }
    }
}
