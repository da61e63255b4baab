using Entities.Graph;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>
/// <see cref="IBatchingGraphStore.MergeLinkedBatch"/> on the SQLite file and (when <c>ENTITIES_TEST_POSTGRES</c> is set) the
/// PostgreSQL store: documents merged in batches give the graph of the same documents merged one at a time, ids included;
/// repeats and earlier documents are not merged again; a conflicting batch leaves no trace.
/// </summary>
public sealed class BatchingStoreTests
{
    public static TheoryData<string, int> BatchSizes
    {
        get
        {
            var data = new TheoryData<string, int>();
            var stores = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ContractStores.PostgresVariable)) ? ["sqlite"] : new[] { "sqlite", "postgresql" };
            foreach (string store in stores)
            {
                foreach (int size in new[] { 2, 7, 64 }) data.Add(store, size);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BatchSizes))]
    public void BatchesGiveTheGraphOfOneAtATime(string store, int size)
    {
        var documents = ContractDocuments.Create(64, seed: 11);
        using var one = ContractStores.Create(store);
        using var batched = ContractStores.Create(store);
        foreach (var document in documents) Merge(one.Store, [document]);
        foreach (var chunk in documents.Chunk(size)) Merge(batched.Store, chunk);
        Assert.Equal(GraphStoreContract.Canonical(one.Store.Snapshot()), GraphStoreContract.Canonical(batched.Store.Snapshot()));
        Assert.Equal(Roles(one.Store.Snapshot()), Roles(batched.Store.Snapshot()));
    }

    [Theory]
    [MemberData(nameof(BatchSizes))]
    public void RepeatsAndEarlierDocumentsAreNotMergedAgain(string store, int size)
    {
        var documents = ContractDocuments.Create(size + 2, seed: 4);
        using var lease = ContractStores.Create(store);
        var first = Merge(lease.Store, [documents[0]]);
        string before = GraphStoreContract.Canonical(lease.Store.Snapshot());
        var links = Merge(lease.Store, [documents[0], documents[0]]);
        Assert.Equal(Describe(first[0]), Describe(links[0]));
        Assert.Equal(Describe(first[0]), Describe(links[1]));
        Assert.Equal(before, GraphStoreContract.Canonical(lease.Store.Snapshot()));

        var rest = Merge(lease.Store, [.. documents.Skip(1), documents[1]]);
        Assert.Equal(Describe(rest[0]), Describe(rest[^1]));
        Assert.Equal(documents.Count, lease.Store.Snapshot().DocumentIds.Count);
    }

    [Theory]
    [MemberData(nameof(BatchSizes))]
    public void ABatchWithAConflictingDocumentLeavesNoTrace(string store, int size)
    {
        var documents = ContractDocuments.Create(size + 1, seed: 9);
        using var lease = ContractStores.Create(store);
        Merge(lease.Store, [documents[0]]);
        string before = GraphStoreContract.Canonical(lease.Store.Snapshot());
        var changed = documents[0] with { Entities = documents[0].Entities.Take(documents[0].Entities.Count - 1).ToArray(), Mentions = documents[0].Mentions };
        var withConflict = documents.Skip(1).Select(d => d).Append(changed).ToArray();
        var error = Assert.Throws<InvalidOperationException>(() => Merge(lease.Store, withConflict));
        Assert.Contains("given again with", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, GraphStoreContract.Canonical(lease.Store.Snapshot()));
    }

    private static IReadOnlyList<IReadOnlyList<EntityLink>> Merge(IEntityGraphStore store, IReadOnlyList<ContractDocument> documents) =>
        ((IBatchingGraphStore)store).MergeLinkedBatch([.. documents.Select(d => new GraphDocument(d.Id, d.Mentions, d.Sentences, d.Entities, RolesOf(d)))]);

    /// <summary>The role <see cref="ContractDocument.MergeWithRoleInto"/> gives: the first person directs the first organization.</summary>
    private static GraphRole[] RolesOf(ContractDocument document)
    {
        int person = document.Entities.ToList().FindIndex(e => e.Label == EntityLabel.Person);
        int organization = document.Entities.ToList().FindIndex(e => e.Label == EntityLabel.Organization);
        return person < 0 ? [] : [new GraphRole(person, "directeur", organization < 0 ? null : organization, organization < 0 ? "France" : null)];
    }

    private static string Roles(EntityGraphSnapshot snapshot) => string.Join("\n", snapshot.Roles
        .Select(r => $"{r.Person} {r.Role} {r.Target} {r.Place} {r.Count} {string.Join(",", r.Documents.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal));

    private static string Describe(IReadOnlyList<EntityLink> links) => string.Join(";", links.Select(l => $"{l.NodeId} {l.CanonicalName}"));
}
