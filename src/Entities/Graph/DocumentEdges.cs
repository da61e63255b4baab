using Entities.Resolution;

namespace Entities.Graph;

/// <summary>One co-occurrence edge a document adds: two nodes (in the store's order), and the sentences they share there.</summary>
/// <param name="First">The node that comes first in the store's order.</param>
/// <param name="Second">The other node.</param>
/// <param name="Sentences">The document's sentences that mention both (0 when they only share the document).</param>
public readonly record struct DocumentEdge<TNode>(TNode First, TNode Second, int Sentences);

/// <summary>
/// The co-occurrence edges one document adds to a graph, the same for every store, bounded whatever the document's length:
/// each pair of its <see cref="EntityGraphOptions.MaxDocumentEdgeEntities"/> most mentioned nodes (ties: the first mentioned),
/// and each pair of nodes named in one sentence among that sentence's first <see cref="EntityGraphOptions.MaxSentenceEdgeEntities"/>
/// nodes. Every edge counts the document once and the sentences the two share. Under the limits (nearly every document)
/// every pair of the document's nodes gets its edge. Deterministic: the choice depends on the document only.
/// </summary>
public static class DocumentEdges
{
    /// <summary>Computes the edges of one document.</summary>
    /// <param name="linked">The node of each resolved entity.</param>
    /// <param name="entities">The resolved entities (their mention indices).</param>
    /// <param name="sentenceOfMention">The sentence of each mention.</param>
    /// <param name="order">The store's node order (the first node of a pair comes first).</param>
    /// <param name="options">The limits.</param>
    /// <param name="scratch">
    /// Buffers reused from call to call (one caller at a time): with them the returned list is the scratch's own, valid until
    /// the next call with the same scratch; without, everything is new.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static List<DocumentEdge<TNode>> Compute<TNode>(
        IReadOnlyList<TNode> linked,
        IReadOnlyList<ResolvedEntity> entities,
        IReadOnlyList<int> sentenceOfMention,
        IComparer<TNode> order,
        EntityGraphOptions options,
        DocumentEdgeScratch<TNode>? scratch = null)
        where TNode : notnull
    {
        ArgumentNullException.ThrowIfNull(linked);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(sentenceOfMention);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(options);
        int maxDocument = Math.Max(2, options.MaxDocumentEdgeEntities), maxSentence = Math.Max(2, options.MaxSentenceEdgeEntities);

        // Each node's mentions (count, first) in the document, and each mention's node.
        scratch ??= new DocumentEdgeScratch<TNode>();
        var nodeOfMention = scratch.NodeOfMention(sentenceOfMention.Count);
        Array.Fill(nodeOfMention, -1, 0, sentenceOfMention.Count);
        var nodes = scratch.Nodes;
        var index = scratch.Index;
        var stats = scratch.Stats;
        nodes.Clear();
        index.Clear();
        stats.Clear();
        for (int e = 0; e < entities.Count; e++)
        {
            if (!index.TryGetValue(linked[e], out int n))
            {
                index[linked[e]] = n = nodes.Count;
                nodes.Add(linked[e]);
                stats.Add((0, int.MaxValue));
            }

            foreach (int m in entities[e].MentionIndices)
            {
                nodeOfMention[m] = n;
                stats[n] = (stats[n].Count + 1, Math.Min(stats[n].First, m));
            }
        }

        var pairs = scratch.Pairs;
        pairs.Clear();
        int[] top;
        if (nodes.Count <= maxDocument)
        {
            top = new int[nodes.Count];
            for (int n = 0; n < top.Length; n++) top[n] = n;
        }
        else
        {
            top = [.. Enumerable.Range(0, nodes.Count).OrderByDescending(n => stats[n].Count).ThenBy(n => stats[n].First).Take(maxDocument)];
        }

        for (int i = 0; i < top.Length; i++)
        {
            for (int j = i + 1; j < top.Length; j++) pairs[Key(top[i], top[j])] = 0;
        }

        // Mentions sentence by sentence, in document order: each sentence's distinct nodes in order of first mention. The
        // mentions of a document come in sentence order (a store given another order gets them sorted).
        var inSentence = scratch.InSentence;
        inSentence.Clear();
        int current = int.MinValue;
        bool ordered = true;
        for (int m = 1; m < sentenceOfMention.Count && ordered; m++) ordered = sentenceOfMention[m - 1] <= sentenceOfMention[m];
        IEnumerable<int> byPosition = ordered
            ? Enumerable.Range(0, sentenceOfMention.Count)
            : Enumerable.Range(0, sentenceOfMention.Count).OrderBy(m => sentenceOfMention[m]).ThenBy(m => m);
        foreach (int m in byPosition)
        {
            if (nodeOfMention[m] < 0) continue;
            if (sentenceOfMention[m] != current)
            {
                AddSentence(inSentence, pairs);
                inSentence.Clear();
                current = sentenceOfMention[m];
            }

            int node = nodeOfMention[m];
            if (inSentence.Count < maxSentence && !inSentence.Contains(node)) inSentence.Add(node);
        }

        AddSentence(inSentence, pairs);
        var edges = scratch.Edges;
        edges.Clear();
        foreach (var ((a, b), sentences) in pairs)
        {
            var (x, y) = order.Compare(nodes[a], nodes[b]) <= 0 ? (nodes[a], nodes[b]) : (nodes[b], nodes[a]);
            edges.Add(new DocumentEdge<TNode>(x, y, sentences));
        }

        edges.Sort((p, q) => order.Compare(p.First, q.First) is int c and not 0 ? c : order.Compare(p.Second, q.Second));
        return edges;

        static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);

        static void AddSentence(List<int> sentenceNodes, Dictionary<(int, int), int> pairs)
        {
            for (int i = 0; i < sentenceNodes.Count; i++)
            {
                for (int j = i + 1; j < sentenceNodes.Count; j++)
                {
                    var key = Key(sentenceNodes[i], sentenceNodes[j]);
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }
    }
}

/// <summary>The buffers of <see cref="DocumentEdges.Compute"/>, reused from call to call by one caller at a time (not thread-safe).</summary>
/// <typeparam name="TNode">The store's node reference.</typeparam>
public sealed class DocumentEdgeScratch<TNode>
    where TNode : notnull
{
    private int[] nodeOfMention = [];

    internal List<TNode> Nodes { get; } = [];

    internal Dictionary<TNode, int> Index { get; } = [];

    internal List<(int Count, int First)> Stats { get; } = [];

    internal Dictionary<(int, int), int> Pairs { get; } = [];

    internal List<int> InSentence { get; } = [];

    internal List<DocumentEdge<TNode>> Edges { get; } = [];

    /// <summary>An array of at least <paramref name="count"/> items (its old items are stale).</summary>
    internal int[] NodeOfMention(int count) => nodeOfMention.Length >= count ? nodeOfMention : nodeOfMention = new int[Math.Max(count, 2 * nodeOfMention.Length)];
}
