using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Entities.Graph;
using Entities.Graph.Export;
using Entities.Graph.Persistence;
using Entities.Resolution;

namespace Entities.Tests.Graph;

/// <summary>
/// Exports readable by the tools they name: GEXF 1.2 (NetworkX 2.8 reads 1.1 and 1.2 drafts only), DOT without the
/// zero-weight edges (entities that share a document but no sentence), aliases known only from the alias tables (count 0)
/// marked as such, and JSON with accents written as UTF-8.
/// </summary>
public sealed class GraphExportCompatibilityTests
{
    private const string TableOnly = "Organisation du traité de l'Atlantique nord";

    /// <summary>Three nodes: e1 and e2 share a sentence (weight 1), e1 and e3 only a document (weight 0).</summary>
    private static EntityGraphSnapshot Sample() => new(
        [
            new EntityNode("e1", EntityLabel.Organization, "OTAN", [new AliasCount("OTAN", 2), new AliasCount("l'Otan", 1), new AliasCount(TableOnly, 0)],
                ["full:otan"], [new MentionLocation("a", 0, 4), new MentionLocation("a", 10, 16), new MentionLocation("b", 0, 4)], 2),
            new EntityNode("e2", EntityLabel.Person, "Hélène Roux", [new AliasCount("Hélène Roux", 1)], ["full:helene roux"], [new MentionLocation("a", 20, 31)], 1),
            new EntityNode("e3", EntityLabel.Location, "Genève", [new AliasCount("Genève", 1)], ["full:geneve"], [new MentionLocation("b", 40, 46)], 1),
        ],
        [new EntityEdge("e1", "e2", 1, 1), new EntityEdge("e1", "e3", 0, 1)],
        ["a", "b"]);

    private static string Export(IGraphExporter exporter, EntityGraphSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        exporter.Export(snapshot, stream);
        return new UTF8Encoding(false).GetString(stream.ToArray());
    }

    [Fact]
    public void Gexf_is_version_1_2_draft()
    {
        var document = XDocument.Parse(Export(new GexfExporter(), Sample()));

        Assert.Equal(XName.Get("gexf", "http://www.gexf.net/1.2draft"), document.Root!.Name);
        Assert.Equal("1.2", (string?)document.Root.Attribute("version"));
        Assert.Equal(3, document.Descendants(XName.Get("color", "http://www.gexf.net/1.2draft/viz")).Count());
        Assert.Equal(3, document.Descendants(XName.Get("node", "http://www.gexf.net/1.2draft")).Count());
    }

    [Fact]
    public void Gexf_is_read_by_networkx_2_8()
    {
        using var temp = new TempDirectory();
        string path = temp.File("graph.gexf");
        File.WriteAllText(path, Export(new GexfExporter(), Sample()));
        // NetworkX 2.8 knows the GEXF 1.1 and 1.2 drafts only; newer versions also know 1.3, which is removed here to read as 2.8 does.
        const string Script = """
            import sys
            from networkx.readwrite import gexf
            gexf.GEXF.versions = {k: v for k, v in gexf.GEXF.versions.items() if k in ("1.1draft", "1.2draft")}
            g = gexf.read_gexf(sys.argv[1])
            print(g.number_of_nodes(), g.number_of_edges(), g.nodes["e1"]["label"], g.nodes["e1"]["tableAliases"])
            """;
        var (exit, output) = RunPython(Script, path);
        if (exit is null) return; // python3 with networkx is not installed: the namespace test above still holds

        Assert.True(exit == 0, output);
        Assert.Equal($"3 2 OTAN {TableOnly}", output.Trim());
    }

    [Fact]
    public void Dot_leaves_out_zero_weight_edges_by_default()
    {
        string dot = Export(new DotExporter(), Sample());
        string all = Export(new DotExporter { IncludeZeroWeightEdges = true }, Sample());

        Assert.Contains("\"e1\" -- \"e2\" [weight=1", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("\"e1\" -- \"e3\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"e3\" [label=\"Genève\"", dot, StringComparison.Ordinal); // the node stays
        Assert.Contains("\"e1\" -- \"e3\" [weight=0", all, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphML_marks_the_aliases_known_only_from_the_tables()
    {
        XNamespace ns = GraphMLExporter.Namespace;
        var document = XDocument.Parse(Export(new GraphMLExporter(), Sample()));
        string key = (string)document.Root!.Elements(ns + "key").Single(k => (string?)k.Attribute("attr.name") == "tableAliases").Attribute("id")!;

        string? Data(string node) => document.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == node)
            .Elements(ns + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

        Assert.Equal(TableOnly, Data("e1"));
        Assert.Null(Data("e2"));
    }

    [Fact]
    public void Gexf_marks_the_aliases_known_only_from_the_tables()
    {
        XNamespace ns = GexfExporter.Namespace;
        var document = XDocument.Parse(Export(new GexfExporter(), Sample()));
        Assert.Contains(document.Descendants(ns + "attribute"), a => (string?)a.Attribute("id") == "tableAliases");

        var values = document.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == "e1").Descendants(ns + "attvalue");
        Assert.Equal(TableOnly, (string?)values.Single(v => (string?)v.Attribute("for") == "tableAliases").Attribute("value"));
    }

    [Fact]
    public void Json_marks_the_aliases_known_only_from_the_tables_and_keeps_their_count_of_zero()
    {
        using var json = JsonDocument.Parse(Export(new JsonGraphExporter(), Sample()));
        var aliases = json.RootElement.GetProperty("nodes")[0].GetProperty("aliases").EnumerateArray().ToList();

        var table = Assert.Single(aliases, a => a.TryGetProperty("source", out _));
        Assert.Equal(TableOnly, table.GetProperty("alias").GetString());
        Assert.Equal("table", table.GetProperty("source").GetString());
        Assert.Equal(0, table.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Json_writes_accents_as_utf8_and_reads_back()
    {
        using var temp = new TempDirectory();
        string path = temp.File("graph.json");
        EntityGraphJson.Save(Sample(), path);
        string text = File.ReadAllText(path, Encoding.UTF8);

        Assert.Contains("\"Hélène Roux\"", text, StringComparison.Ordinal);
        Assert.Contains("\"l'Otan\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);
        var loaded = EntityGraphJson.Load(path).Snapshot();
        Assert.Equal("Hélène Roux", loaded.Nodes[1].CanonicalName);
        Assert.Equal(0, loaded.Nodes[0].Aliases.Single(a => a.Alias == TableOnly).Count);
    }

    private static (int? Exit, string Output) RunPython(string script, string argument)
    {
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("import networkx");
            using (var probe = Process.Start(start)!)
            {
                probe.WaitForExit();
                if (probe.ExitCode != 0) return (null, "");
            }

            start.ArgumentList.Clear();
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "");
        }
    }
}
