using Entities.Knowledge;
using Entities.Graph;

namespace Entities.Tests.Graph;

public sealed class EntityGraphMergeTests
{
    private const EntityLabel Per = EntityLabel.Person;
    private const EntityLabel Loc = EntityLabel.Location;
    private const EntityLabel Org = EntityLabel.Organization;

    [Fact]
    public void SameKeyAndLabelBecomeOneNode()
    {
        var graph = new EntityGraph();
        var first = new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte").MergeInto(graph);
        var second = new TestDocument("b").Add(Per, "Mark Rutte", "full:mark rutte").MergeInto(graph);

        Assert.Equal(["e1"], first);
        Assert.Equal(["e1"], second);
        var node = Assert.Single(graph.Nodes);
        Assert.Equal(2, node.DocumentCount);
        Assert.Equal(2, node.MentionCount);
        Assert.Equal([new("a", 0, 10), new MentionLocation("b", 0, 10)], node.Mentions);
    }

    [Fact]
    public void DifferentLabelsStayApart()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Loc, "Orange", "full:orange").MergeInto(graph);
        var ids = new TestDocument("b").Add(Org, "Orange", "full:orange").MergeInto(graph);

        Assert.Equal(["e2"], ids);
        Assert.Equal([Loc, Org], graph.Nodes.Select(n => n.Label));
    }

    [Fact]
    public void UniqueWeakKeyLinks()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "surname:rutte").MergeInto(graph);
        var ids = new TestDocument("b").Add(Per, "Rutte", "surname:rutte").MergeInto(graph);

        Assert.Equal(["e2"], ids);   // its linking node: the group of the lone "Rutte"
        var node = Assert.Single(graph.Nodes);
        Assert.Equal("Mark Rutte", node.CanonicalName);
        Assert.Equal(["e2"], node.MergedIds);
        Assert.True(graph.TryGetNode("e2", out var found));
        Assert.Equal("e1", found.Id);
    }

    [Fact]
    public void WeakKeyWithConflictingStrongKeyStaysApart()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "surname:rutte").MergeInto(graph);
        var ids = new TestDocument("b").Add(Per, "Lisa Rutte", "full:lisa rutte", "surname:rutte").MergeInto(graph);

        Assert.Equal(["e2"], ids);
    }

    [Fact]
    public void AmbiguousWeakKeyStaysApart()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "surname:rutte").MergeInto(graph);
        new TestDocument("b").Add(Per, "Lisa Rutte", "full:lisa rutte", "surname:rutte").MergeInto(graph);
        var ids = new TestDocument("c").Add(Per, "Rutte", "surname:rutte").MergeInto(graph);

        Assert.Equal(["e3"], ids);
        Assert.Equal(3, graph.NodeCount);
    }

    [Fact]
    public void WeakKeyNeverCrossesLabels()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Jean Dupont", "full:jean dupont", "surname:dupont").MergeInto(graph);
        var ids = new TestDocument("b").Add(Org, "Dupont", "surname:dupont").MergeInto(graph);

        Assert.Equal(["e2"], ids);
    }

    [Fact]
    public void ConfiguredWeakKindIsWeak()
    {
        var options = new EntityGraphOptions { WeakKeyKinds = new HashSet<string>(["surname", "given"]) };
        var graph = new EntityGraph(options);
        new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "given:mark").MergeInto(graph);
        new TestDocument("b").Add(Per, "Mark Dupont", "full:mark dupont", "given:mark").MergeInto(graph);

        Assert.Equal(2, graph.NodeCount);
    }

    [Fact]
    public void StrongKeysOnTwoNodesMakeThemOneEntityUnderTheLowestId()
    {
        var graph = new EntityGraph();
        var document = new TestDocument("a");
        for (int i = 1; i <= 10; i++) document.Add(Loc, $"Ville {i}", $"full:ville {i}");
        document.MergeInto(graph);

        var ids = new TestDocument("b").Add(Loc, "Ville", "full:ville 10", "full:ville 2", "alt:ville").MergeInto(graph);

        Assert.Equal(["e2"], ids); // e2 before e10: creation order, not ordinal order
        Assert.Equal(9, graph.NodeCount);
        Assert.True(graph.TryGetNode("e10", out var e10));
        Assert.Equal("e2", e10.Id);
        Assert.Equal(["e10"], e10.MergedIds);
        Assert.Equal(["alt:ville", "full:ville 10", "full:ville 2"], e10.Keys);
        Assert.Equal(2, e10.DocumentCount);
    }

    [Fact]
    public void CanonicalNameIsRecomputedAsAliasesAccumulate()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, ["id:macron"], ("Macron", 0), ("Macron", 1)).MergeInto(graph);
        Assert.Equal("Macron", graph.Nodes[0].CanonicalName);

        new TestDocument("b").Add(Per, ["id:macron"], ("Emmanuel Macron", 0), ("Macron", 1)).MergeInto(graph);
        var node = graph.Nodes[0];
        Assert.Equal("Emmanuel Macron", node.CanonicalName);
        Assert.Equal([new("Macron", 3), new Entities.Resolution.AliasCount("Emmanuel Macron", 1)], node.Aliases);
    }

    [Fact]
    public void EdgesCountSentencesAndDocuments()
    {
        var graph = new EntityGraph();
        new TestDocument("a")
            .Add(Per, ["full:a"], ("Anne", 0), ("Anne", 1))
            .Add(Loc, ["full:b"], ("Brest", 0), ("Brest", 1))
            .Add(Org, ["full:c"], ("Crédit", 1), ("Crédit", 2))
            .MergeInto(graph);
        new TestDocument("b")
            .Add(Per, ["full:a"], ("Anne", 0))
            .Add(Loc, ["full:b"], ("Brest", 1))
            .MergeInto(graph);

        Assert.Equal(
            [new EntityEdge("e1", "e2", 2, 2), new EntityEdge("e1", "e3", 1, 1), new EntityEdge("e2", "e3", 1, 1)],
            graph.Edges);
        var neighbours = graph.Neighbors("e1");
        Assert.Equal(["e2", "e3"], neighbours.Select(n => n.Node.Id));
        Assert.Equal("e1", neighbours[0].Edge.OtherEnd("e2"));
        Assert.Empty(graph.Neighbors("e99"));
        Assert.Empty(graph.Neighbors("nonsense"));
    }

    [Fact]
    public void TwoEntitiesOfOneDocumentOnTheSameNodeMakeNoSelfEdge()
    {
        var graph = new EntityGraph();
        var ids = new TestDocument("a").Add(Org, "OTAN", "table:otan").Add(Org, "NATO", "table:otan").MergeInto(graph);

        Assert.Equal(["e1", "e1"], ids);
        Assert.Empty(graph.Edges);
        Assert.Equal(1, graph.Nodes[0].DocumentCount);
    }

    [Fact]
    public void MostMentionedOrdersByMentionsThenDocumentsThenId()
    {
        var graph = new EntityGraph();
        new TestDocument("a")
            .Add(Per, ["full:a"], ("Anne", 0))
            .Add(Loc, ["full:b"], ("Brest", 0), ("Brest", 0))
            .Add(Org, ["full:c"], ("Crédit", 0), ("Crédit", 0))
            .MergeInto(graph);
        new TestDocument("b").Add(Org, ["full:c"], ("Crédit", 0)).Add(Per, ["full:a"], ("Anne", 0)).MergeInto(graph);

        Assert.Equal(["e3", "e1", "e2"], graph.MostMentioned(3).Select(n => n.Id));
        Assert.Equal(["e3"], graph.MostMentioned(1).Select(n => n.Id));
        Assert.Empty(graph.MostMentioned(0));
    }

    [Theory]
    [InlineData("otan", "e1")]
    [InlineData("Kim Jong Un", "e2")]
    [InlineData("KIM JONG-UN", "e2")]
    [InlineData("elisabeth  borne", "e3")]
    [InlineData("l'oreal", "e4")]
    [InlineData("Île-de-France", "e5")]
    public void FindByAliasFolds(string query, string expectedId)
    {
        var graph = new EntityGraph();
        new TestDocument("a")
            .Add(Org, ["table:otan"], ("OTAN", 0))
            .Add(Per, ["full:kim jong un"], ("Kim Jong-un", 0))
            .Add(Per, ["full:elisabeth borne"], ("Élisabeth Borne", 0))
            .Add(Org, ["full:l'oreal"], ("L’Oréal", 0))
            .Add(Loc, ["full:ile de france"], ("Ile\u00A0de France", 0))
            .MergeInto(graph);

        Assert.Equal([expectedId], graph.FindByAlias(query).Select(n => n.Id));
        Assert.Empty(graph.FindByAlias("Pyongyang"));
    }

    [Fact]
    public void DuplicateDocumentIsRejected()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Anne", "full:anne").MergeInto(graph);

        Assert.Throws<ArgumentException>(() => new TestDocument("a").Add(Per, "Anne", "full:anne").MergeInto(graph));
        Assert.Equal(1, graph.Nodes[0].MentionCount);
        Assert.True(graph.ContainsDocument("a"));
    }

    [Fact]
    public void InvalidDocumentLeavesTheGraphUnchanged()
    {
        var graph = new EntityGraph();
        var entity = new Entities.Resolution.ResolvedEntity(Per, "Anne", [new("Anne", 1)], ["full:anne"], [0, 5]);
        var mentions = new[] { new EntityMention(0, 4, "Anne", Per, 1, null) };

        Assert.Throws<ArgumentException>(() => graph.Merge("a", mentions, [0], [entity]));
        Assert.Throws<ArgumentException>(() => graph.Merge("a", mentions, [0, 1], []));
        Assert.Equal(0, graph.NodeCount);
        Assert.False(graph.ContainsDocument("a"));
    }

    [Fact]
    public void SameDocumentsInSameOrderGiveSameIds()
    {
        var documents = SampleGraphs.Documents(60);
        var first = SampleGraphs.Build(documents).Snapshot();
        var second = SampleGraphs.Build(documents).Snapshot();

        Assert.Equal(first.Nodes.Select(n => (n.Id, n.CanonicalName)), second.Nodes.Select(n => (n.Id, n.CanonicalName)));
        Assert.Equal(first.Edges, second.Edges);
    }
}

public sealed class EntityGraphOccurrenceTests
{
    [Fact]
    public void WithoutOccurrencesTheGraphLinksTheSameWayButKeepsNoMentionsOrEdges()
    {
        var documents = SampleGraphs.Documents(60);
        var full = new EntityGraph();
        var lean = new EntityGraph(new EntityGraphOptions { RecordOccurrences = false });
        foreach (var document in documents)
        {
            Assert.Equal(document.MergeInto(full), document.MergeInto(lean));
        }

        Assert.NotEmpty(full.Edges);
        Assert.Empty(lean.Edges);
        Assert.All(lean.Nodes, node => Assert.Empty(node.Mentions));
        Assert.Equal(full.Nodes.Select(n => (n.Id, n.CanonicalName, n.DocumentCount)), lean.Nodes.Select(n => (n.Id, n.CanonicalName, n.DocumentCount)));
    }
}
