using System.Text.RegularExpressions;
using System.Xml.Linq;
using Entities.Graph.Export;

namespace Entities.Tests.Graph;

/// <summary>
/// Exports of the story corpus graph: GraphML checked against the rules of the GraphML schema, DOT checked for dangling
/// edges. With <c>ENTITIES_WRITE_DOCS=1</c> the exports are also written to <c>docs/</c> (see <c>docs/render-graph.sh</c>).
/// </summary>
public sealed partial class StoryGraphExportTests
{
    private static readonly XNamespace GraphML = GraphMLExporter.Namespace;

    [Fact]
    public void GraphMLFollowsTheSchema()
    {
        var document = XDocument.Parse(Export(new GraphMLExporter()));
        var root = document.Root!;
        Assert.Equal(GraphML + "graphml", root.Name);
        Assert.Contains("graphml.xsd", (string?)root.Attribute(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "schemaLocation"));

        // Keys are declared before the graph, with unique ids, a domain and a typed attribute name.
        var children = root.Elements().ToList();
        int graphIndex = children.FindIndex(e => e.Name == GraphML + "graph");
        Assert.Equal(graphIndex, children.Count - 1);
        var keys = children.Take(graphIndex).ToDictionary(k => (string)k.Attribute("id")!, k => k);
        Assert.All(children.Take(graphIndex), k => Assert.Equal(GraphML + "key", k.Name));
        Assert.All(keys.Values, k =>
        {
            Assert.Contains((string?)k.Attribute("for"), new[] { "node", "edge", "graph", "all" });
            Assert.False(string.IsNullOrEmpty((string?)k.Attribute("attr.name")));
            Assert.Contains((string?)k.Attribute("attr.type"), new[] { "boolean", "int", "long", "float", "double", "string" });
        });

        var graph = children[graphIndex];
        Assert.Equal("undirected", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(GraphML + "node").ToList();
        var edges = graph.Elements(GraphML + "edge").ToList();
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(StoryCorpus.Instance.Graph.NodeCount, nodeIds.Distinct().Count());
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        // Co-occurrence edges, then role edges (person → organization or place), told apart by their "type".
        var snapshot = StoryCorpus.Instance.Graph.Snapshot();
        int roleEdges = snapshot.Roles.Count(r => r.Target is not null);
        Assert.True(roleEdges > 0, "the story corpus names people with their roles");
        Assert.Equal(StoryCorpus.Instance.Graph.EdgeCount + roleEdges, edges.Count);
        Assert.Equal(roleEdges, edges.Count(e => Data(e, keys, "type") == "role"));
        Assert.All(edges.Where(e => Data(e, keys, "type") == "role"), e => Assert.False(string.IsNullOrWhiteSpace(Data(e, keys, "role"))));
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });

        // Every data element uses a declared key of its own domain, and every node carries a non-empty name and label.
        foreach (var (element, domain) in nodes.Select(n => (n, "node")).Concat(edges.Select(e => (e, "edge"))))
        {
            foreach (var data in element.Elements(GraphML + "data"))
            {
                Assert.True(keys.TryGetValue((string)data.Attribute("key")!, out var key), $"undeclared key {data.Attribute("key")}");
                Assert.Contains((string?)key.Attribute("for"), new[] { domain, "all" });
            }
        }

        Assert.All(nodes, n =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Data(n, keys, "canonicalName")));
            Assert.Contains(Data(n, keys, "label"), new[] { "PER", "LOC", "ORG", "MISC" });
        });
        Assert.Contains(nodes, n => Data(n, keys, "canonicalName") == "Organisation du traité de l'Atlantique nord");
    }

    [Fact]
    public void DotDeclaresEveryEdgeEndAndLabelsEveryNode()
    {
        string dot = Export(new DotExporter());
        var nodeIds = NodeLine().Matches(dot).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(StoryCorpus.Instance.Graph.NodeCount, nodeIds.Count);
        var edges = EdgeLine().Matches(dot);
        // Edges of weight 0 (a document but no sentence in common) are left out of the DOT export by default.
        // Role edges (dashed arrows) come after them.
        var snapshot = StoryCorpus.Instance.Graph.Snapshot();
        Assert.Equal(snapshot.Edges.Count(e => e.SentenceCount > 0) + snapshot.Roles.Count(r => r.Target is not null), edges.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains(e.Groups["a"].Value, nodeIds);
            Assert.Contains(e.Groups["b"].Value, nodeIds);
        });
        Assert.Matches("label=\"Kim Jong[- ][Uu]n\"", dot);
    }

    [Fact]
    public void WritesTheDocsFilesWhenAsked()
    {
        if (Environment.GetEnvironmentVariable("ENTITIES_WRITE_DOCS") != "1") return;
        string docs = Path.Combine(TestRepository.Root(), "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "story-graph.dot"), Export(new DotExporter()));
        File.WriteAllText(Path.Combine(docs, "story-graph.graphml"), Export(new GraphMLExporter()));
        Assert.True(File.Exists(Path.Combine(docs, "story-graph.dot")));
    }

    private static string Export(IGraphExporter exporter)
    {
        using var stream = new MemoryStream();
        exporter.Export(StoryCorpus.Instance.Graph.Snapshot(), stream);
        return new System.Text.UTF8Encoding(false).GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    private static string? Data(XElement node, Dictionary<string, XElement> keys, string attributeName)
    {
        string id = keys.Single(k => (string?)k.Value.Attribute("attr.name") == attributeName).Key;
        return node.Elements(GraphML + "data").SingleOrDefault(d => (string?)d.Attribute("key") == id)?.Value;
    }

    [GeneratedRegex("^  \"(?<id>[^\"]+)\" \\[label=\"[^\"]+\"", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex("^  \"(?<a>[^\"]+)\" -- \"(?<b>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();
}
