using Entities.French.Extraction;
using Entities.Graph;
using Entities.Tests.Graph;

namespace Entities.Tests.Reliability;

/// <summary>
/// One extractor and one shared graph used by 16 threads over 10,000 short documents give exactly what a sequential run gives:
/// the same mentions per document, and the same graph once ids (which depend on merge order) are replaced by canonical names.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int DocumentCount = 10_000;
    private const int Threads = 16;

    [Fact]
    public void Sixteen_threads_give_the_sequential_mentions_and_graph()
    {
        var documents = ShortDocuments.Generate(DocumentCount, seed: 2026);
        var (sequentialGraph, sequential) = Run(documents, (extract, count) =>
        {
            for (int i = 0; i < count; i++) extract(i);
        });
        var (concurrentGraph, concurrent) = Run(documents, (extract, count) =>
        {
            int next = -1;
            var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
            {
                for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) extract(i);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        });

        Assert.Equal(DocumentCount, concurrentGraph.DocumentCount);
        Assert.True(sequentialGraph.NodeCount > 10, $"only {sequentialGraph.NodeCount} nodes: the documents do not exercise the graph");
        for (int i = 0; i < DocumentCount; i++) Assert.Equal(Describe(sequentialGraph, sequential[i]), Describe(concurrentGraph, concurrent[i]));
        Assert.Equal(GraphCanonicalForm.Of(sequentialGraph.Snapshot()), GraphCanonicalForm.Of(concurrentGraph.Snapshot()));
    }

    [Fact]
    public void Parallel_batch_gives_the_sequential_results_in_order()
    {
        var documents = ShortDocuments.Generate(2_000, seed: 7);
        var requests = documents.Select((text, i) => new ExtractionRequest(text, $"doc-{i:D5}")).ToList();
        var sequentialGraph = new EntityGraph();
        var sequential = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = sequentialGraph }).ExtractAll(requests).ToList();
        var parallelGraph = new EntityGraph();
        var parallel = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = parallelGraph }).ExtractAll(requests, maxDegreeOfParallelism: 8).ToList();

        Assert.Equal(Enumerable.Range(0, requests.Count), parallel.Select(r => r.Index));
        Assert.Equal(requests.Select(r => r.Id), parallel.Select(r => r.Id));
        Assert.All(parallel, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        for (int i = 0; i < requests.Count; i++) Assert.Equal(Describe(sequentialGraph, sequential[i].Result!), Describe(parallelGraph, parallel[i].Result!));
        Assert.Equal(GraphCanonicalForm.Of(sequentialGraph.Snapshot()), GraphCanonicalForm.Of(parallelGraph.Snapshot()));
    }

    private static (EntityGraph Graph, ExtractionResult[] Results) Run(List<string> documents, Action<Action<int>, int> schedule)
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        var results = new ExtractionResult[documents.Count];
        schedule(i => results[i] = extractor.ExtractEntities(documents[i], $"doc-{i:D5}"), documents.Count);
        return (graph, results);
    }

    /// <summary>A document's mentions with their node named by its final canonical name and label (ids depend on merge order).</summary>
    private static string Describe(EntityGraph graph, ExtractionResult result) =>
        string.Join("\n", result.Mentions.Select(m =>
        {
            Assert.True(graph.TryGetNode(m.EntityId!, out var node), $"mention {m} has no node");
            return $"{m.Start}-{m.End} {m.Label.ToCode()} {m.Score:R} {m.Text} → {node.Label.ToCode()}:{node.CanonicalName}";
        }));
}
