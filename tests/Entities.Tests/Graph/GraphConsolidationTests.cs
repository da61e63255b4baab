using Entities.Graph;

namespace Entities.Tests.Graph;

/// <summary>
/// The read-time linking rules (<see cref="GraphConsolidation"/>), each with a case where it joins and one where it keeps apart,
/// merged in both document orders: the partition must be the same.
/// </summary>
public sealed class GraphConsolidationTests
{
    private const EntityLabel Per = EntityLabel.Person;
    private const EntityLabel Org = EntityLabel.Organization;
    private const EntityLabel Loc = EntityLabel.Location;

    public static TheoryData<string, string[][], string> Cases => new()
    {
        // name, documents (each: label|name|keys...; entities separated), expected partition (entities by name; groups by ';')
        {
            "a lone surname joins the unique full name",
            [["PER|Mark Rutte|full:mark rutte|surname:rutte"], ["PER|Rutte|surname:rutte"]],
            "Mark Rutte Rutte"
        },
        {
            "a lone surname with two full names stays apart",
            [["PER|Joe Biden|full:joe biden|surname:biden"], ["PER|Jill Biden|full:jill biden|surname:biden"], ["PER|Biden|surname:biden"]],
            "Biden;Jill Biden;Joe Biden"
        },
        {
            "a male title never joins a female person",
            [["PER|Michelle Obama|full:michelle obama|surname:obama|gender:f"], ["PER|Obama|surname:obama|gender:m"]],
            "Michelle Obama;Obama"
        },
        {
            "the same gender joins",
            [["PER|Claire Durand|full:claire durand|surname:durand|gender:f"], ["PER|Durand|surname:durand|gender:f"]],
            "Claire Durand Durand"
        },
        {
            "the gender picks the one compatible person",
            [["PER|Claire Durand|full:claire durand|surname:durand|gender:f"], ["PER|Paul Durand|full:paul durand|surname:durand|gender:m"], ["PER|Durand|surname:durand|gender:m"]],
            "Claire Durand;Durand Paul Durand"
        },
        {
            "a short form its own document kept apart from the full name never joins it (son épouse)",
            [["PER|Obama|surname:obama", "PER|Michelle Obama|full:michelle obama|surname:obama"]],
            "Michelle Obama;Obama"
        },
        {
            "a short form its own document kept apart from a namesake of its gender joins no other one (le député Fabre beside two Fabre)",
            [["PER|Marc Fabre|full:marc fabre|surname:fabre|gender:m", "PER|Bernard Fabre|full:bernard fabre|surname:fabre|gender:m", "PER|Fabre|surname:fabre|gender:m"], ["PER|Théo Fabre|full:theo fabre|surname:fabre|gender:m"]],
            "Bernard Fabre;Fabre;Marc Fabre;Théo Fabre"
        },
        {
            "a short form its own document kept apart from a namesake of the other gender may join another one (M. Obama, son épouse Michelle Obama)",
            [["PER|Obama|surname:obama|gender:m", "PER|Michelle Obama|full:michelle obama|surname:obama|gender:f"], ["PER|Barack Obama|full:barack obama|surname:obama|gender:m"]],
            "Barack Obama Obama;Michelle Obama"
        },
        {
            "a surname said beside a given name alone of its gender never joins a full name with another given name (Mme Trump, son épouse Melania)",
            [["PER|Ivanka Trump|full:ivanka trump|surname:trump|gender:f"], ["PER|Trump|surname:trump|gender:f|cogiven:melania", "PER|Melania|surname:melania|gender:f"]],
            "Ivanka Trump;Melania;Trump"
        },
        {
            "a surname said beside a given name alone joins the full name with that given name",
            [["PER|Melania Trump|full:melania trump|surname:trump|gender:f"], ["PER|Trump|surname:trump|gender:f|cogiven:melania", "PER|Melania|surname:melania|gender:f"]],
            "Melania;Melania Trump Trump"
        },
        {
            "a surname said with no given name beside it joins the one full name of its gender",
            [["PER|Ivanka Trump|full:ivanka trump|surname:trump|gender:f"], ["PER|Trump|surname:trump|gender:f"]],
            "Ivanka Trump Trump"
        },
        {
            "short forms with no full name anywhere are one entity",
            [["PER|Macron|surname:macron"], ["PER|Macron|surname:macron"], ["PER|Macron|surname:macron"]],
            "Macron Macron Macron"
        },
        {
            "short forms of different genders with no full name stay apart",
            [["PER|Durand|surname:durand|gender:m"], ["PER|Durand|surname:durand|gender:f"]],
            "Durand;Durand"
        },
        {
            "two linking nodes bridged by one entity's keys are one entity",
            [["ORG|OTAN|acronym:otan"], ["ORG|Alliance atlantique|full:alliance atlantique"], ["ORG|OTAN|acronym:otan|full:alliance atlantique"]],
            "Alliance atlantique OTAN OTAN"
        },
        {
            "a table key joins across labels",
            [["LOC|Onu|full:onu|table:#onu"], ["ORG|ONU|acronym:onu|table:#onu"], ["ORG|ONU|acronym:onu|table:#onu"]],
            "ONU ONU Onu"
        },
        {
            "a full name does not join across labels",
            [["LOC|Orange|full:orange"], ["ORG|Orange|full:orange"]],
            "Orange;Orange"
        },
        {
            "a lone given name, with no title, never joins another document's (Marie, 34 ans)",
            [["PER|Marie|given:marie"], ["PER|Marie|given:marie"], ["PER|Marie Dupont|full:marie dupont|surname:dupont"]],
            "Marie;Marie;Marie Dupont"
        },
        {
            "a weak key never crosses labels",
            [["PER|Jean Dupont|full:jean dupont|surname:dupont"], ["ORG|Dupont|surname:dupont"]],
            "Dupont;Jean Dupont"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheRuleHoldsInEveryOrder(string name, string[][] documents, string expected)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, PartitionOf(documents));
        Assert.Equal(expected, PartitionOf([.. documents.Reverse()]));
    }

    [Fact]
    public void AMergedNodeKeepsEveryIdCountsAndEdges()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "surname:rutte").Add(Loc, "La Haye", "full:la haye").MergeInto(graph);
        new TestDocument("b").Add(Per, "Rutte", "surname:rutte").Add(Loc, "La Haye", "full:la haye").MergeInto(graph);

        var snapshot = graph.Snapshot();
        Assert.Equal(2, snapshot.Nodes.Count);
        var rutte = snapshot.Nodes.Single(n => n.Label == Per);
        Assert.Equal("e1", rutte.Id);
        Assert.Equal(["e3"], rutte.MergedIds);
        Assert.Equal(2, rutte.DocumentCount);
        Assert.Equal(2, rutte.MentionCount);
        var edge = Assert.Single(snapshot.Edges);
        Assert.Equal(("e1", "e2", 2), (edge.Source, edge.Target, edge.DocumentCount));
        Assert.True(graph.TryGetNode("e3", out var found));
        Assert.Same(rutte, found);
        Assert.Equal("e1", Assert.Single(graph.Neighbors("e2")).Node.Id);
        Assert.Equal("e1", Assert.Single(graph.FindByAlias("rutte")).Id);
    }

    [Theory]
    [InlineData("président", "États-Unis", true)]    // the same role in the same country as Joe Biden: joins him
    [InlineData("président", "France", false)]       // another country: still two candidates
    [InlineData("sénatrice", "États-Unis", false)]   // another role
    public void ARoleInCommonPicksOneNamesake(string role, string place, bool joinsJoe)
    {
        foreach (bool reversed in new[] { false, true })
        {
            var documents = new List<(TestDocument Document, GraphRole[] Roles)>
            {
                (new TestDocument("a").Add(Per, "Joe Biden", "full:joe biden", "surname:biden"), [new GraphRole(0, "président", null, "États-Unis")]),
                (new TestDocument("b").Add(Per, "Jill Biden", "full:jill biden", "surname:biden"), []),
                (new TestDocument("c").Add(Per, "Biden", "surname:biden"), [new GraphRole(0, role, null, place)]),
            };
            if (reversed) documents.Reverse();
            var graph = new EntityGraph();
            foreach (var (document, roles) in documents) document.MergeInto(graph, roles);

            var joe = graph.FindByAlias("Joe Biden").Single();
            Assert.Equal(joinsJoe, joe.Aliases.Any(a => a.Alias == "Biden"));
            Assert.Equal(joinsJoe ? 2 : 3, graph.NodeCount);
        }
    }

    [Theory]
    [InlineData("Premier ministre", "Pays-Bas", true)]     // the same role in the same place: joins
    [InlineData("Premier ministre", "Belgique", false)]    // the same role in another place only: another person
    [InlineData("Premier ministre", null, true)]           // a role without a place says nothing against
    [InlineData("secrétaire général", "Belgique", true)]   // another role: no conflict (one person holds several)
    public void TheSameRoleInAnotherPlaceKeepsALoneSurnameApart(string role, string? place, bool joins)
    {
        foreach (bool reversed in new[] { false, true })
        {
            var documents = new List<(TestDocument Document, GraphRole[] Roles)>
            {
                (new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "surname:rutte"), [new GraphRole(0, "Premier ministre", null, "Pays-Bas")]),
                (new TestDocument("b").Add(Per, "Rutte", "surname:rutte"), [new GraphRole(0, role, null, place)]),
            };
            if (reversed) documents.Reverse();
            var graph = new EntityGraph();
            foreach (var (document, roles) in documents) document.MergeInto(graph, roles);

            Assert.Equal(joins ? 1 : 2, graph.NodeCount);
        }
    }

    [Theory]
    [InlineData("Otan", true)]    // the same organization: joins
    [InlineData("Onu", false)]    // the same role in another organization: another person
    public void TheSameRoleInAnotherOrganizationKeepsALoneSurnameApart(string organization, bool joins)
    {
        foreach (bool reversed in new[] { false, true })
        {
            var documents = new List<(TestDocument Document, GraphRole[] Roles)>
            {
                (new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte", "surname:rutte").Add(Org, "Otan", "full:otan"),
                    [new GraphRole(0, "secrétaire général", 1, null)]),
                (new TestDocument("b").Add(Per, "Rutte", "surname:rutte").Add(Org, organization, "full:" + organization.ToLowerInvariant()),
                    [new GraphRole(0, "secrétaire général", 1, null)]),
            };
            if (reversed) documents.Reverse();
            var graph = new EntityGraph();
            foreach (var (document, roles) in documents) document.MergeInto(graph, roles);

            var rutte = graph.FindByAlias("Mark Rutte").Single();
            Assert.Equal(joins, rutte.Aliases.Any(a => a.Alias == "Rutte"));
        }
    }

    [Theory]
    [InlineData("Brest", 1)]      // the same role in the same place: one entity
    [InlineData(null, 1)]         // a role without a place: no conflict
    [InlineData("Quimper", 3)]    // the same role in two places: the mayor of Brest, the mayor of Quimper, and the one said with no role
    public void ShortFormsWithNoFullNameStayApartOnlyOnConflictingRoles(string? place, int entities)
    {
        var documents = new List<(TestDocument Document, GraphRole[] Roles)>
        {
            (new TestDocument("a").Add(Per, "Kervella", "surname:kervella"), [new GraphRole(0, "maire", null, "Brest")]),
            (new TestDocument("b").Add(Per, "Kervella", "surname:kervella"), [new GraphRole(0, "maire", null, place)]),
            (new TestDocument("c").Add(Per, "Kervella", "surname:kervella"), []),
        };
        foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 2, 0] })
        {
            var graph = new EntityGraph();
            foreach (int i in order) documents[i].Document.MergeInto(graph, documents[i].Roles);
            Assert.Equal(entities, graph.NodeCount);
        }
    }

    [Theory]
    [InlineData("Brest", null, 1)]        // the same role in the same place: one person
    [InlineData(null, null, 1)]           // a role without a place: no conflict
    [InlineData("Quimper", "député", 1)]  // another role in another place: no conflict either
    [InlineData("Quimper", null, 3)]      // the same role in two places: the mayors of Brest and of Quimper, and the one said with no role
    public void FullNamesStayApartOnConflictingPlacedRolesInEveryOrder(string? place, string? otherRole, int entities)
    {
        var documents = new List<(TestDocument Document, GraphRole[] Roles)>
        {
            (new TestDocument("a").Add(Per, "Jean Martin", "full:jean martin", "surname:martin"), [new GraphRole(0, "maire", null, "Brest")]),
            (new TestDocument("b").Add(Per, "Jean Martin", "full:jean martin", "surname:martin"), [new GraphRole(0, otherRole ?? "maire", null, place)]),
            (new TestDocument("c").Add(Per, "Jean Martin", "full:jean martin", "surname:martin"), []),
            (new TestDocument("d").Add(Per, "Jean Martin", "full:jean martin", "surname:martin"), [new GraphRole(0, "maire", null, "Brest")]),
        };
        string? first = null;
        foreach (var order in Permutations([0, 1, 2, 3]))
        {
            var graph = new EntityGraph();
            var ids = new string[documents.Count];
            foreach (int i in order) ids[i] = Assert.Single(documents[i].Document.MergeInto(graph, documents[i].Roles)).NodeId;
            Assert.Equal(entities, graph.NodeCount);

            // A document's id is its linking node's: documents with the same placed roles share one; every id finds its
            // person's entity in the graph.
            Assert.Equal(ids[0], ids[3]);
            var entityOf = ids.Select(id => graph.TryGetNode(id, out var node) ? node.Id : null).ToArray();
            if (entities == 1) Assert.Single(entityOf.Distinct());
            else Assert.Equal(3, entityOf.Distinct().Count());
            string partition = string.Join(";", graph.Snapshot().Nodes.Select(n => string.Join(",", n.Mentions.Select(m => m.DocumentId).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
            Assert.Equal(first ??= partition, partition);
        }

        if (entities == 3) Assert.Equal("a,d;b;c", first);
    }

    [Fact]
    public void APersonWithAPlacedRoleIsLinkedByItsNameOnlyWhenTheGraphIsRead()
    {
        var document = new TestDocument("a").Add(Per, "Jean Martin", "full:jean martin", "surname:martin").Add(Loc, "Brest", "full:brest");
        var graph = new EntityGraph();
        document.MergeInto(graph, [new GraphRole(0, "maire", 1, null)]);
        var linking = graph.LinkingSnapshot().Nodes.Single(n => n.Label == Per);

        Assert.DoesNotContain("full:jean martin", linking.Keys);
        Assert.Contains(Entities.Linking.LinkCandidates.PlacedName + "jean martin", linking.Keys);
        Assert.Contains(Entities.Linking.LinkCandidates.PlacedAs + "jean martin|maire|full:brest", linking.Keys);
        Assert.Equal(["full:brest"], graph.LinkingSnapshot().Nodes.Single(n => n.Label == Loc).Keys);
    }

    [Theory]
    [InlineData("sport", "medicine", 2)]   // roles in different fields only: two people
    [InlineData("sport", "sport", 1)]
    [InlineData("sport", null, 1)]         // a role without a field separates no one
    public void FullNamesStayApartOnRolesInDifferentFieldsOnly(string first, string? second, int entities)
    {
        foreach (bool reversed in new[] { false, true })
        {
            var documents = new List<(TestDocument Document, GraphRole[] Roles)>
            {
                (new TestDocument("a").Add(Per, "Sophie Laurent", "full:sophie laurent"), [new GraphRole(0, "navigatrice", null, null) { Field = first }]),
                (new TestDocument("b").Add(Per, "Sophie Laurent", "full:sophie laurent"), [new GraphRole(0, second is null ? "présidente" : "chirurgienne", null, null) { Field = second }]),
            };
            if (reversed) documents.Reverse();
            var graph = new EntityGraph();
            foreach (var (document, roles) in documents) document.MergeInto(graph, roles);
            Assert.Equal(entities, graph.NodeCount);
        }
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1 ? [items] : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (int[])[item, .. rest]));

    [Fact]
    public void NothingToJoinReturnsTheLinkingSnapshotItself()
    {
        var graph = new EntityGraph();
        new TestDocument("a").Add(Per, "Mark Rutte", "full:mark rutte").MergeInto(graph);
        var linking = graph.LinkingSnapshot();

        Assert.Same(linking, GraphConsolidation.Consolidate(linking, graph.Options.WeakKeyKinds));
    }

    private static string PartitionOf(string[][] documents)
    {
        var graph = new EntityGraph();
        for (int d = 0; d < documents.Length; d++)
        {
            var document = new TestDocument("d" + d);
            foreach (string entity in documents[d])
            {
                string[] parts = entity.Split('|');
                var label = parts[0] switch { "PER" => Per, "ORG" => Org, _ => Loc };
                document.Add(label, parts[1], parts[2..]);
            }

            document.MergeInto(graph);
        }

        return string.Join(";", graph.Snapshot().Nodes
            .Select(n => string.Join(" ", n.Aliases.SelectMany(a => Enumerable.Repeat(a.Alias, a.Count)).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));
    }
}
