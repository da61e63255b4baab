using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Graph;

public sealed class GraphViewsTests
{
    private static EntityNode Node(string id, int mentions, int documents) =>
        new(id, EntityLabel.Person, id, [new AliasCount(id, mentions)], [], [.. Enumerable.Range(0, mentions).Select(i => new MentionLocation("d", i, i + 1))], documents);

    private static readonly EntityGraphSnapshot Graph = new(
        [Node("e1", 5, 2), Node("e2", 1, 1), Node("e3", 9, 3), Node("e4", 5, 4)],
        [new EntityEdge("e1", "e3", 4, 2), new EntityEdge("e1", "e2", 0, 1), new EntityEdge("e3", "e4", 1, 1), new EntityEdge("e2", "e4", 7, 1)],
        ["d"]);

    [Fact]
    public void KeepsTheMostMentionedNodesInTheirOrderAndTheEdgesBetweenThem()
    {
        var view = GraphViews.Top(Graph, maxNodes: 3, minEdgeWeight: 1);

        Assert.Equal(["e1", "e3", "e4"], view.Nodes.Select(n => n.Id));   // e4 before e2: same count as e1, more documents
        Assert.Equal([("e1", "e3"), ("e3", "e4")], view.Edges.Select(e => (e.Source, e.Target)));
        Assert.Equal(["d"], view.DocumentIds);
    }

    [Fact]
    public void ZeroKeepsEverythingAndAWeightDropsLightEdges()
    {
        Assert.Equal(4, GraphViews.Top(Graph, 0, 0).Edges.Count);
        Assert.Equal([("e1", "e3"), ("e2", "e4")], GraphViews.Top(Graph, 0, 4).Edges.Select(e => (e.Source, e.Target)));
    }
}
