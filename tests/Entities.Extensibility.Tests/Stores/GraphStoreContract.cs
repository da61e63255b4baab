using Entities.Graph;
using Entities.Resolution;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>
/// What every <see cref="IEntityGraphStore"/> must do, checked against the in-memory <see cref="EntityGraph"/> as reference:
/// the same links and the same graph for the same documents, in the same order; documents recorded; bad input rejected
/// without a trace; concurrent merges safe. Run for every store of <see cref="ContractStores"/>.
/// </summary>
public sealed class GraphStoreContract
{
    public static TheoryData<string> Stores => ContractStores.Names;

    [Theory]
    [MemberData(nameof(Stores))]
    public void LinksAreTheReferenceGraphsLinks(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;
        var reference = new EntityGraph();
        foreach (var document in ContractDocuments.Create(60, seed: 7))
        {
            var expected = document.MergeInto(reference);
            var actual = document.MergeInto(store);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void TheSnapshotIsTheReferenceGraph(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;
        var reference = new EntityGraph();
        foreach (var document in ContractDocuments.Create(80, seed: 3))
        {
            document.MergeInto(reference);
            document.MergeInto(store);
        }

        Assert.Equal(Canonical(reference.Snapshot()), Canonical(store.Snapshot()));
        Assert.Equal(reference.NodeCount, store.NodeCount);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void RolesAreTheReferenceGraphsRoles(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;
        var reference = new EntityGraph();
        foreach (var document in ContractDocuments.Create(40, seed: 5))
        {
            document.MergeWithRoleInto(reference);
            document.MergeWithRoleInto(store);
        }

        string Roles(EntityGraphSnapshot snapshot) => string.Join("\n", snapshot.Roles.Select(r => $"{r.Person} {r.Role} {r.Target} {r.Place} {r.Count} {string.Join(",", r.Documents)}"));
        var expected = reference.Snapshot();
        Assert.NotEmpty(expected.Roles);
        Assert.Equal(Roles(expected), Roles(store.Snapshot()));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void MergedDocumentsAreRecordedAndNewIdsAreFresh(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;
        var documents = ContractDocuments.Create(5);
        foreach (var document in documents) document.MergeInto(store);

        Assert.All(documents, document => Assert.True(store.ContainsDocument(document.Id)));
        Assert.False(store.ContainsDocument("never-merged"));
        var fresh = Enumerable.Range(0, 20).Select(_ => store.NewDocumentId()).ToArray();
        Assert.Equal(fresh.Length, fresh.Distinct(StringComparer.Ordinal).Count());
        Assert.All(fresh, id => Assert.False(store.ContainsDocument(id)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void ADocumentWithoutEntitiesIsRecorded(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;

        Assert.Empty(store.MergeLinked("empty-1", [], [], []));

        Assert.True(store.ContainsDocument("empty-1"));
        Assert.Contains("empty-1", store.Snapshot().DocumentIds);
        Assert.Equal(0, store.NodeCount);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void BadInputIsRejectedAndLeavesNoTrace(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;
        var document = ContractDocuments.Create(1)[0];
        var before = Canonical(store.Snapshot());

        Assert.ThrowsAny<ArgumentException>(() => store.MergeLinked("bad-1", document.Mentions, [.. document.Sentences, 0], document.Entities));
        var outOfRange = document.Entities.Take(1).Select(e => e with { MentionIndices = [document.Mentions.Count] }).ToArray();
        Assert.ThrowsAny<ArgumentException>(() => store.MergeLinked("bad-2", document.Mentions, document.Sentences, outOfRange));
        Assert.ThrowsAny<ArgumentException>(() => store.MergeLinked("", document.Mentions, document.Sentences, document.Entities));

        Assert.Equal(before, Canonical(store.Snapshot()));
        Assert.False(store.ContainsDocument("bad-1"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void ConcurrentMergesAreSafe(string name)
    {
        using var lease = ContractStores.Create(name);
        var store = lease.Store;
        var documents = ContractDocuments.Create(40, seed: 5);
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 4 }, document => document.MergeInto(store));

        var snapshot = store.Snapshot();
        Assert.Equal(documents.Count, snapshot.DocumentIds.Count);
        Assert.Equal(documents.Sum(d => d.Mentions.Count), snapshot.Nodes.Sum(n => n.Mentions.Count));
        Assert.All(snapshot.Nodes, node => Assert.Equal(node.Id, Assert.Single(snapshot.Nodes, other => other.Id == node.Id).Id));
    }

    private static string Describe(EntityLink link) => $"{link.NodeId} {link.CanonicalName} [{string.Join("|", link.Aliases.Order(StringComparer.Ordinal))}]";

    /// <summary>The snapshot as text, in a fixed order (nodes by id, edges by their ends).</summary>
    internal static string Canonical(EntityGraphSnapshot snapshot)
    {
        var lines = new List<string> { "documents " + string.Join(",", snapshot.DocumentIds) };
        foreach (var node in snapshot.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            lines.Add($"{node.Id} {node.Label.ToCode()} {node.CanonicalName} docs={node.DocumentCount} "
                + $"aliases=[{string.Join("|", node.Aliases.Select(a => $"{a.Alias}:{a.Count}").Order(StringComparer.Ordinal))}] "
                + $"keys=[{string.Join("|", node.Keys.Order(StringComparer.Ordinal))}] "
                + $"mentions=[{string.Join("|", node.Mentions.Select(m => $"{m.DocumentId}@{m.Start}-{m.End}").Order(StringComparer.Ordinal))}]");
        }

        foreach (var edge in snapshot.Edges.Select(e => string.CompareOrdinal(e.Source, e.Target) < 0 ? e : e with { Source = e.Target, Target = e.Source })
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal))
        {
            lines.Add($"{edge.Source}-{edge.Target} s={edge.SentenceCount} d={edge.DocumentCount}");
        }

        return string.Join("\n", lines);
    }
}
