using Entities.Graph;
using Entities.Graph.Export;
using Entities.Graph.Persistence;

namespace Entities.Tests.Graph;

/// <summary>Role edges in the in-memory graph: recorded with their documents, consolidated with the nodes, saved, exported, described.</summary>
public sealed class RoleEdgeTests
{
    private const EntityLabel Per = EntityLabel.Person;
    private const EntityLabel Org = EntityLabel.Organization;

    private static EntityGraph TwoDocuments()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Christine Lagarde", "full:christine lagarde", "surname:lagarde").Add(Org, "BCE", "acronym:bce")
            .MergeInto(graph, [new GraphRole(0, "présidente", 1, null)]);
        new TestDocument("b").Add(Per, "Lagarde", "surname:lagarde").Add(Org, "BCE", "acronym:bce")
            .MergeInto(graph, [new GraphRole(0, "présidente", 1, null), new GraphRole(0, "ancienne ministre", null, "France")]);
        return graph;
    }

    [Fact]
    public void RolesOfConsolidatedNodesAreSummed()
    {
        var snapshot = TwoDocuments().Snapshot();
        Assert.Equal(2, snapshot.Nodes.Count);   // the lone "Lagarde" joined Christine Lagarde
        var presidente = Assert.Single(snapshot.Roles, r => r.Role == "présidente");
        Assert.Equal(("e1", "e2", 2), (presidente.Person, presidente.Target, presidente.Count));
        Assert.Equal(["a", "b"], presidente.Documents);
        var ministre = Assert.Single(snapshot.Roles, r => r.Place == "France");
        Assert.Equal("e1", ministre.Person);
        Assert.Null(ministre.Target);
        Assert.Equal("présidente (BCE)", snapshot.Descriptions()["e1"]);
    }

    [Fact]
    public void RolesSurviveASave()
    {
        using var temp = new TempDirectory();
        var graph = TwoDocuments();
        EntityGraphJson.Save(graph, temp.File("g.json"));
        var loaded = EntityGraphJson.Load(temp.File("g.json"));
        Assert.Equal(graph.Snapshot().Roles, loaded.Snapshot().Roles, RoleComparer.Instance);
        new TestDocument("c").Add(Per, "Christine Lagarde", "full:christine lagarde").Add(Org, "BCE", "acronym:bce")
            .MergeInto(loaded, [new GraphRole(0, "présidente", 1, null)]);
        Assert.Equal(3, Assert.Single(loaded.Snapshot().Roles, r => r.Role == "présidente").Count);
    }

    [Fact]
    public void ExportsCarryRoleEdgesAndViewsKeepThem()
    {
        var snapshot = TwoDocuments().Snapshot();
        using var graphml = new MemoryStream();
        new GraphMLExporter().Export(snapshot, graphml);
        string xml = System.Text.Encoding.UTF8.GetString(graphml.ToArray());
        Assert.Contains(">role<", xml, StringComparison.Ordinal);
        Assert.Contains(">présidente<", xml, StringComparison.Ordinal);
        using var gexf = new MemoryStream();
        new GexfExporter().Export(snapshot, gexf);
        Assert.Contains("label=\"présidente\"", System.Text.Encoding.UTF8.GetString(gexf.ToArray()), StringComparison.Ordinal);
        Assert.Equal(snapshot.Roles.Count, GraphViews.Top(snapshot, 0, 0).Roles.Count);
        Assert.Empty(GraphViews.Top(snapshot, 1, 0).Roles.Where(r => r.Target is not null));   // the BCE is not kept
    }

    [Fact]
    public void ARoleOutOfRangeIsRejectedAndChangesNothing()
    {
        var graph = new EntityGraph();
        Assert.Throws<ArgumentException>(() => new TestDocument("a").Add(Per, "Paul Martin", "full:paul martin").MergeInto(graph, [new GraphRole(0, "maire", 3, null)]));
        Assert.Equal(0, graph.DocumentCount);
    }

    private sealed class RoleComparer : IEqualityComparer<RoleEdge>
    {
        public static RoleComparer Instance { get; } = new();

        public bool Equals(RoleEdge? x, RoleEdge? y) =>
            x is not null && y is not null && x.Person == y.Person && x.Role == y.Role && x.Target == y.Target && x.Place == y.Place
            && x.Count == y.Count && x.Documents.SequenceEqual(y.Documents);

        public int GetHashCode(RoleEdge obj) => HashCode.Combine(obj.Person, obj.Role, obj.Target, obj.Place, obj.Count);
    }
}
