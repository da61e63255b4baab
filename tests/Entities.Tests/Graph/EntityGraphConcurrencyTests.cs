using Entities.Graph;

namespace Entities.Tests.Graph;

public sealed class EntityGraphConcurrencyTests
{
    [Fact]
    public void ParallelMergeEqualsSequentialMergeUpToIds()
    {
        var documents = SampleGraphs.Documents(1600);
        var sequential = SampleGraphs.Build(documents);

        var parallel = new EntityGraph();
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            for (int d = t; d < documents.Count; d += 16)
            {
                documents[d].MergeInto(parallel);
                if (d % 50 == 0) _ = parallel.Snapshot(); // readers interleaved with writers
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(documents.Count, parallel.DocumentCount);
        Assert.Equal(GraphCanonicalForm.Of(sequential.Snapshot()), GraphCanonicalForm.Of(parallel.Snapshot()));
    }

    [Fact]
    public void ReversedOrderGivesTheSameCanonicalForm()
    {
        var documents = SampleGraphs.Documents(300);
        var forward = SampleGraphs.Build(documents);
        var backward = SampleGraphs.Build(documents.Reverse());

        Assert.Equal(GraphCanonicalForm.Of(forward.Snapshot()), GraphCanonicalForm.Of(backward.Snapshot()));
    }
}
