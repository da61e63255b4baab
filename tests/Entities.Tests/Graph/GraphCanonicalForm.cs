using Entities.Graph;

namespace Entities.Tests.Graph;

/// <summary>An id-independent description of a graph, to compare graphs built in different merge orders.</summary>
internal static class GraphCanonicalForm
{
    public static IReadOnlyList<string> Of(EntityGraphSnapshot snapshot)
    {
        var name = snapshot.Nodes.ToDictionary(n => n.Id, n => $"{n.Label.ToCode()}:{n.CanonicalName}");
        var lines = snapshot.Nodes.Select(n =>
            $"{name[n.Id]} | {string.Join(",", n.Aliases.Select(a => $"{a.Alias}={a.Count}").Order(StringComparer.Ordinal))}"
            + $" | mentions={n.MentionCount} docs={n.DocumentCount}"
            + $" | {string.Join(",", n.Keys.Order(StringComparer.Ordinal))}"
            + $" | {string.Join(",", n.Mentions.Select(m => $"{m.DocumentId}@{m.Start}-{m.End}").Order(StringComparer.Ordinal))}").ToList();
        lines.AddRange(snapshot.Edges.Select(e =>
        {
            var ends = new[] { name[e.Source], name[e.Target] }.Order(StringComparer.Ordinal).ToArray();
            return $"{ends[0]} -- {ends[1]} | sentences={e.SentenceCount} docs={e.DocumentCount}";
        }));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
