using BenchmarkDotNet.Attributes;
using Entities.Benchmarks.Graph;
using Entities.Graph;

namespace Entities.Benchmarks;

/// <summary>
/// <see cref="EntityGraph.Merge"/> of synthetic, already resolved documents (see <see cref="SyntheticGraphDocuments"/>) into a
/// new graph, one after the other. The Docs/s column divides the document count by the mean time; the B/node, Nodes and
/// Edges columns come from <see cref="GraphMemory"/>.
/// </summary>
[MemoryDiagnoser]
public class GraphMergeBenchmark
{
    private IReadOnlyList<SyntheticDocument> documents = [];

    /// <summary>Number of documents merged per operation.</summary>
    [Params(10_000)]
    public int Documents { get; set; }

    /// <summary>Generates and resolves the documents (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => documents = SyntheticGraphDocuments.Create(Documents);

    /// <summary>Merges every document into a new graph (online linking only).</summary>
    [Benchmark(Baseline = true)]
    public int Merge() => MergeAll().DocumentCount;

    /// <summary>Merges every document, then reads the graph once (its consolidation: <see cref="GraphConsolidation"/>).</summary>
    [Benchmark]
    public int MergeAndRead() => MergeAll().NodeCount;

    private EntityGraph MergeAll()
    {
        var graph = new EntityGraph();
        foreach (var document in documents) graph.Merge(document.Id, document.Mentions, document.SentenceOfMention, document.Entities);
        return graph;
    }
}
