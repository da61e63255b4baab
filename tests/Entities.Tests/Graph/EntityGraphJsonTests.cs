using Entities.Graph;
using Entities.Graph.Persistence;

namespace Entities.Tests.Graph;

public sealed class EntityGraphJsonTests
{
    [Fact]
    public void SaveLoadSaveIsByteIdentical()
    {
        using var temp = new TempDirectory();
        var graph = SampleGraphs.Build(SampleGraphs.Documents(120));
        EntityGraphJson.Save(graph, temp.File("a.json"));
        var loaded = EntityGraphJson.Load(temp.File("a.json"));
        EntityGraphJson.Save(loaded, temp.File("b.json"));

        Assert.Equal(File.ReadAllBytes(temp.File("a.json")), File.ReadAllBytes(temp.File("b.json")));
        Assert.Equal(graph.Edges, loaded.Edges);
        Assert.Equal(graph.NodeCount, loaded.NodeCount);
        Assert.Equal(120, loaded.DocumentCount);
    }

    [Fact]
    public void LoadThenContinueEqualsUninterruptedMerge()
    {
        using var temp = new TempDirectory();
        var documents = SampleGraphs.Documents(200);
        var uninterrupted = SampleGraphs.Build(documents);

        EntityGraphJson.Save(SampleGraphs.Build(documents.Take(3)), temp.File("part.json"));
        var continued = EntityGraphJson.Load(temp.File("part.json"));
        foreach (var document in documents.Skip(3)) document.MergeInto(continued);

        EntityGraphJson.Save(uninterrupted, temp.File("whole.json"));
        EntityGraphJson.Save(continued, temp.File("continued.json"));
        Assert.Equal(File.ReadAllText(temp.File("whole.json")), File.ReadAllText(temp.File("continued.json")));
    }

    [Fact]
    public void LoadedGraphKeepsKeyTablesAndContinuesIds()
    {
        using var temp = new TempDirectory();
        var graph = new EntityGraph();
        new TestDocument("a").Add(EntityLabel.Person, "Mark Rutte", "full:mark rutte", "surname:rutte").MergeInto(graph);
        EntityGraphJson.Save(graph, temp.File("g.json"));
        var loaded = EntityGraphJson.Load(temp.File("g.json"));

        var ids = new TestDocument("b")
            .Add(EntityLabel.Person, "Rutte", "surname:rutte")
            .Add(EntityLabel.Location, "La Haye", "full:la haye")
            .MergeInto(loaded);

        Assert.Equal(["e2", "e3"], ids);
        Assert.True(loaded.TryGetNode("e2", out var rutte));
        Assert.Equal("e1", rutte.Id);
        Assert.Throws<ArgumentException>(() => new TestDocument("a").Add(EntityLabel.Person, "X", "full:x").MergeInto(loaded));
    }

    [Fact]
    public void MergedIdsSurviveASaveAndAreNeverReused()
    {
        using var temp = new TempDirectory();
        var graph = new EntityGraph();
        new TestDocument("a").Add(EntityLabel.Person, "Mark Rutte", "full:mark rutte", "surname:rutte").MergeInto(graph);
        new TestDocument("b").Add(EntityLabel.Person, "Rutte", "surname:rutte").MergeInto(graph);   // linking node e2, consolidated into e1
        EntityGraphJson.Save(graph, temp.File("g.json"));
        Assert.Contains("\"mergedIds\"", File.ReadAllText(temp.File("g.json")), StringComparison.Ordinal);

        var loaded = EntityGraphJson.Load(temp.File("g.json"));
        Assert.True(loaded.TryGetNode("e2", out var rutte));
        Assert.Equal("e1", rutte.Id);
        var ids = new TestDocument("c").Add(EntityLabel.Location, "La Haye", "full:la haye").MergeInto(loaded);
        Assert.Equal(["e3"], ids);
    }

    [Fact]
    public void SaveLeavesNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var graph = SampleGraphs.Build(SampleGraphs.Documents(10));
        EntityGraphJson.Save(graph, temp.File("g.json"));
        EntityGraphJson.Save(graph, temp.File("g.json"));

        Assert.Equal(["g.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":1,\"nodes\":[", "not valid JSON")]
    [InlineData("[1, 2, 3]", "not valid JSON")]
    [InlineData("{\"format\":\"something-else\",\"formatVersion\":1}", "format")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":99,\"documents\":[],\"nodes\":[],\"edges\":[]}", "version 99")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":1,\"documents\":[],\"edges\":[]}", "nodes")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":1,\"documents\":[],\"nodes\":[],\"edges\":[{\"source\":\"e1\",\"target\":\"e2\",\"sentences\":1,\"documents\":1}]}", "e1")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":1,\"documents\":[],\"nodes\":[{\"id\":\"x1\",\"label\":\"PER\",\"canonicalName\":\"A\",\"aliases\":[],\"keys\":[],\"mentions\":[]}],\"edges\":[]}", "x1")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":1,\"documents\":[],\"nodes\":[{\"id\":\"e1\",\"label\":\"ZZZ\",\"canonicalName\":\"A\",\"aliases\":[],\"keys\":[],\"mentions\":[]}],\"edges\":[]}", "ZZZ")]
    [InlineData("{\"format\":\"entities-graph\",\"formatVersion\":1,\"documents\":[],\"nodes\":[{\"id\":\"e1\",\"label\":\"PER\",\"canonicalName\":\"A\",\"aliases\":[],\"keys\":[],\"mentions\":[{\"document\":\"nowhere\",\"start\":0,\"end\":1}]}],\"edges\":[]}", "nowhere")]
    public void MalformedFileThrowsAClearException(string content, string expectedInMessage)
    {
        using var temp = new TempDirectory();
        string path = temp.File("bad.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<GraphFormatException>(() => EntityGraphJson.Load(path));
        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }
}
