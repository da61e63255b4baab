using System.Collections.Concurrent;
using Entities.Graph;

namespace Entities.Benchmarks.Graph;

/// <summary>
/// Managed memory held by a graph built from the synthetic documents, per node: <see cref="GC.GetTotalMemory(bool)"/> after
/// a full collection, before the documents are generated and after they are merged and dropped (so the alias strings the
/// graph keeps are counted, the discarded inputs are not). Measured once per document count in the calling process.
/// </summary>
internal static class GraphMemory
{
    private static readonly ConcurrentDictionary<int, GraphMemoryFigures> Cache = new();

    /// <summary>Measures (once) the graph of <paramref name="documents"/> synthetic documents.</summary>
    public static GraphMemoryFigures Get(int documents) => Cache.GetOrAdd(documents, Measure);

    private static GraphMemoryFigures Measure(int count)
    {
        _ = SyntheticGraphDocuments.Create(1); // load the resolver's tables and the word lists before the baseline
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var graph = Build(count);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        var figures = new GraphMemoryFigures(graph.NodeCount, graph.EdgeCount, after - before);
        GC.KeepAlive(graph);
        return figures;
    }

    private static EntityGraph Build(int count)
    {
        var graph = new EntityGraph();
        foreach (var document in SyntheticGraphDocuments.Create(count))
        {
            graph.Merge(document.Id, document.Mentions, document.SentenceOfMention, document.Entities);
        }

        return graph;
    }
}

/// <summary>The size of a graph and the managed bytes it holds.</summary>
internal readonly record struct GraphMemoryFigures(int Nodes, int Edges, long Bytes)
{
    /// <summary>Bytes per node (edges, aliases, keys and mention locations included).</summary>
    public double BytesPerNode => Nodes == 0 ? 0 : (double)Bytes / Nodes;
}
