using System.Xml.Linq;
using Entities.Graph;
using Entities.Graph.Export;

namespace Entities.Tests.Graph;

public sealed class GraphExportTests
{
    private static EntityGraphSnapshot Sample()
    {
        var graph = SampleGraphs.Build(SampleGraphs.Documents(40));
        new TestDocument("quoted")
            .Add(EntityLabel.Organization, ["full:le monde"], ("Le \"Monde\"", 0))
            .Add(EntityLabel.Miscellaneous, ["full:back"], ("C:\\chemin {brace}", 0))
            .MergeInto(graph);
        return graph.Snapshot();
    }

    private static byte[] Export(IGraphExporter exporter, EntityGraphSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        exporter.Export(snapshot, stream);
        return stream.ToArray();
    }

    [Fact]
    public void GraphMLIsWellFormedAndConsistent()
    {
        var snapshot = Sample();
        XNamespace ns = GraphMLExporter.Namespace;
        var document = XDocument.Load(new MemoryStream(Export(new GraphMLExporter(), snapshot)));

        Assert.Equal(ns + "graphml", document.Root!.Name);
        var keys = document.Root.Elements(ns + "key").Select(k => (string)k.Attribute("attr.name")!).ToHashSet();
        Assert.Superset(new HashSet<string> { "label", "canonicalName", "aliases", "mentionCount", "weight" }, keys);
        var nodes = document.Descendants(ns + "node").ToList();
        Assert.Equal(snapshot.Nodes.Select(n => n.Id), nodes.Select(n => (string)n.Attribute("id")!));
        Assert.All(nodes, n => Assert.Contains(n.Elements(ns + "data"), d => (string)d.Attribute("key")! == "name" && d.Value.Length > 0));
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = document.Descendants(ns + "edge").ToList();
        Assert.Equal(snapshot.Edges.Count, edges.Count);
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        Assert.Contains(nodes, n => n.Elements(ns + "data").Any(d => d.Value == "Le \"Monde\""));
    }

    [Fact]
    public void GexfIsWellFormedAndConsistent()
    {
        var snapshot = Sample();
        XNamespace ns = GexfExporter.Namespace;
        var document = XDocument.Load(new MemoryStream(Export(new GexfExporter(), snapshot)));

        Assert.Equal(ns + "gexf", document.Root!.Name);
        Assert.Equal("1.2", (string?)document.Root.Attribute("version"));
        var nodes = document.Descendants(ns + "node").ToList();
        Assert.Equal(snapshot.Nodes.Select(n => n.CanonicalName), nodes.Select(n => (string)n.Attribute("label")!));
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = document.Descendants(ns + "edge").ToList();
        Assert.Equal(snapshot.Edges.Count, edges.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, ids);
            Assert.Contains((string)e.Attribute("target")!, ids);
            Assert.NotNull(e.Attribute("weight"));
        });
    }

    [Fact]
    public void DotHasBalancedBracesAndEscapedQuotes()
    {
        string dot = System.Text.Encoding.UTF8.GetString(Export(new DotExporter(), Sample()));

        int depth = 0, strings = 0;
        bool inString = false;
        for (int i = 0; i < dot.Length; i++)
        {
            char c = dot[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') { inString = true; strings++; }
            else if (c == '{') depth++;
            else if (c == '}') Assert.True(--depth >= 0);
        }

        Assert.False(inString);
        Assert.Equal(0, depth);
        Assert.StartsWith("graph entities {", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Le \\\"Monde\\\"\"", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"C:\\\\chemin {brace}\"", dot, StringComparison.Ordinal);
        Assert.Contains("fillcolor=", dot, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("out.json", "JSON")]
    [InlineData("out.graphml", "GraphML")]
    [InlineData("OUT.GEXF", "GEXF")]
    [InlineData("dir/out.dot", "DOT")]
    public void FactoryChoosesByExtension(string path, string format)
    {
        Assert.True(GraphExporters.TryGetForPath(path, out var exporter));
        Assert.Equal(format, exporter.FormatName);
        Assert.Equal(format, GraphExporters.ForPath(path).FormatName);
    }

    [Theory]
    [InlineData("out.txt")]
    [InlineData("out")]
    public void FactoryRejectsUnknownExtensions(string path)
    {
        Assert.False(GraphExporters.TryGetForPath(path, out _));
        Assert.Throws<ArgumentException>(() => GraphExporters.ForPath(path));
    }

    [Fact]
    public void ExportsAreDeterministic()
    {
        foreach (var exporter in GraphExporters.All)
        {
            Assert.Equal(Export(exporter, Sample()), Export(exporter, Sample()));
        }
    }

    [Fact]
    public void ControlCharactersDoNotBreakXml()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(EntityLabel.Person, "Ann\u0001e", "full:anne").MergeInto(graph);

        var document = XDocument.Load(new MemoryStream(Export(new GexfExporter(), graph.Snapshot())));
        Assert.Equal("Ann\uFFFDe", (string?)document.Descendants(XName.Get("node", GexfExporter.Namespace)).Single().Attribute("label"));
    }
}
