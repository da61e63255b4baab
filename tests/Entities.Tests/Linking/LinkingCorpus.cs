using System.Text.RegularExpressions;
using Entities.Graph;

namespace Entities.Tests.Linking;

/// <summary>
/// The documents of our linking benchmark (<c>benchmarks/data/linking/corpus.txt</c>, written for the project, copied beside the test binaries) as plain text, and
/// the partition of a graph's mentions into entities, written so that two graphs can be compared whatever their node ids.
/// </summary>
internal static partial class LinkingCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Id, string Text)>> Loaded = new(Load);

    public static IReadOnlyList<(string Id, string Text)> Documents => Loaded.Value;

    /// <summary>Each node's mentions as <c>document:start-end</c>, sorted; the nodes sorted: equal strings, equal partitions.</summary>
    public static string PartitionOf(EntityGraphSnapshot snapshot) => string.Join("\n", snapshot.Nodes
        .Select(n => string.Join(" ", n.Mentions.Select(m => $"{m.DocumentId}:{m.Start}-{m.End}").Order(StringComparer.Ordinal)))
        .Order(StringComparer.Ordinal));

    private static IReadOnlyList<(string, string)> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Documents", "linking", "corpus.txt");
        var documents = new List<(string, string)>();
        string? id = null;
        var text = new List<string>();
        foreach (string line in File.ReadLines(path).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (id is not null) documents.Add((id, Markup().Replace(string.Join("\n", text).Trim(), "${surface}")));
                id = line[3..].Split(' ')[0];
                text.Clear();
            }
            else if (id is not null) text.Add(line);
        }

        return documents;
    }

    [GeneratedRegex(@"\[\[(?<surface>[^|\]]+)\|[^\]]*\]\]")]
    private static partial Regex Markup();
}
