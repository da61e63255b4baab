using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Cheap distributional word classes: each frequent word is described by the counts of its neighbours among the most
/// frequent words, one block of dimensions per neighbour position (−1, +1, and with a wider window −2, +2…), weighted
/// (square roots or positive PMI) and L2-normalized, then clustered with seeded spherical k-means at two granularities.
/// Words with similar contexts (months, first names, towns) share a class, which lets the tagger generalize to words it
/// never saw labelled. Deterministic for given options.
/// </summary>
public static class WordClustering
{
    /// <summary>Vectors with at most this many dimensions are clustered densely (SIMD dot products), wider ones sparsely.</summary>
    private const int DenseDimensions = 400;

    /// <summary>Clusters the words of <paramref name="sentences"/> (token sequences), with the other settings of <see cref="WordClusteringOptions"/> at their defaults.</summary>
    /// <param name="sentences">Unlabelled text, one token list per sentence.</param>
    /// <param name="minCount">Words seen fewer times are not clustered.</param>
    /// <param name="contextWords">Number of frequent words used as context dimensions (per side).</param>
    /// <param name="coarse">Number of coarse classes.</param>
    /// <param name="fine">Number of fine classes.</param>
    /// <param name="seed">Seed of the k-means initialization.</param>
    public static IReadOnlyList<WordCluster> Cluster(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 4, int contextWords = 150,
        int coarse = 64, int fine = 384, int seed = 1) =>
        Cluster(sentences, new WordClusteringOptions { MinCount = minCount, ContextWords = contextWords, Coarse = coarse, Fine = fine, Seed = seed });

    /// <summary>Clusters the words of <paramref name="sentences"/> (token sequences) with <paramref name="options"/>.</summary>
    /// <param name="sentences">Unlabelled text, one token list per sentence.</param>
    /// <param name="options">Context, weighting and class counts.</param>
    public static IReadOnlyList<WordCluster> Cluster(IEnumerable<IReadOnlyList<string>> sentences, WordClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int contextWords = options.ContextWords;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new List<int>();
        var corpus = new List<int[]>();
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (int i = 0; i < sentence.Count; i++)
            {
                string w = sentence[i].ToLowerInvariant().Replace('\u2019', '\'');
                if (!ids.TryGetValue(w, out int id)) { id = words.Count; ids[w] = id; words.Add(w); counts.Add(0); }
                counts[id]++;
                row[i] = id;
            }

            corpus.Add(row);
        }

        var byFrequency = Enumerable.Range(0, words.Count).OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal).ToArray();
        var contextIndex = new Dictionary<int, int>();
        for (int i = 0; i < Math.Min(contextWords, byFrequency.Length); i++) contextIndex[byFrequency[i]] = i;
        var targets = byFrequency.Where(i => counts[i] >= options.MinCount).ToArray();
        var targetIndex = new Dictionary<int, int>();
        for (int i = 0; i < targets.Length; i++) targetIndex[targets[i]] = i;
        var matrix = CountMatrix(corpus, targetIndex, contextIndex, contextWords, options.Window, targets.Length);
        Weigh(matrix, options.Weighting, 2 * options.Window, contextWords + 2);
        int coarse = Math.Min(options.Coarse, targets.Length), fine = Math.Min(options.Fine, targets.Length);
        int[] coarseIds, fineIds;
        if (matrix.Dimensions <= DenseDimensions)
        {
            var dense = matrix.ToDense();
            coarseIds = DenseKMeans(dense, targets.Length, matrix.Dimensions, coarse, options.Seed);
            fineIds = DenseKMeans(dense, targets.Length, matrix.Dimensions, fine, options.Seed + 1);
        }
        else
        {
            coarseIds = SparseKMeans(matrix, coarse, options.Seed);
            fineIds = SparseKMeans(matrix, fine, options.Seed + 1);
        }

        return Enumerable.Range(0, targets.Length).Select(i => new WordCluster(words[targets[i]], coarseIds[i], fineIds[i]))
            .OrderBy(c => c.Word, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The neighbour counts: row = target word, one block of <c>contextWords + 2</c> dimensions per position
    /// (−window…−1, then +1…+window); in a block, the context word's rank, then "outside the sentence", then "another word".
    /// </summary>
    private static SparseRows CountMatrix(List<int[]> corpus, Dictionary<int, int> targetIndex, Dictionary<int, int> contextIndex,
        int contextWords, int window, int targetCount)
    {
        int block = contextWords + 2;
        var cells = new Dictionary<long, int>();
        foreach (var row in corpus)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (!targetIndex.TryGetValue(row[i], out int target)) continue;
                for (int b = 0; b < 2 * window; b++)
                {
                    int offset = b < window ? b - window : b - window + 1;
                    int j = i + offset;
                    int context = j < 0 || j >= row.Length ? contextWords : contextIndex.GetValueOrDefault(row[j], contextWords + 1);
                    long key = (long)target * (2 * window * block) + b * block + context;
                    cells[key] = cells.GetValueOrDefault(key) + 1;
                }
            }
        }

        return SparseRows.From(cells, targetCount, 2 * window * block);
    }

    private static void Weigh(SparseRows m, ContextWeighting weighting, int blocks, int block)
    {
        if (weighting == ContextWeighting.Ppmi)
        {
            // Marginals per block: each position is its own distribution.
            var contextTotals = new double[m.Dimensions];
            var rowTotals = new double[m.Rows * blocks];
            var blockTotals = new double[blocks];
            for (int r = 0; r < m.Rows; r++)
            {
                for (int e = m.Starts[r]; e < m.Starts[r + 1]; e++)
                {
                    int d = m.Indices[e];
                    contextTotals[d] += m.Values[e];
                    rowTotals[r * blocks + d / block] += m.Values[e];
                    blockTotals[d / block] += m.Values[e];
                }
            }

            var smoothed = new double[m.Dimensions];
            var smoothedTotals = new double[blocks];
            for (int d = 0; d < m.Dimensions; d++) { smoothed[d] = Math.Pow(contextTotals[d], 0.75); smoothedTotals[d / block] += smoothed[d]; }
            for (int r = 0; r < m.Rows; r++)
            {
                for (int e = m.Starts[r]; e < m.Starts[r + 1]; e++)
                {
                    int d = m.Indices[e], b = d / block;
                    double joint = m.Values[e] / blockTotals[b];
                    double row = rowTotals[r * blocks + b] / blockTotals[b];
                    double context = smoothed[d] / smoothedTotals[b];
                    m.Values[e] = (float)Math.Max(0, Math.Log(joint / (row * context)));
                }
            }
        }
        else
        {
            for (int e = 0; e < m.Values.Length; e++) m.Values[e] = MathF.Sqrt(m.Values[e]);
        }

        for (int r = 0; r < m.Rows; r++)
        {
            double norm = 0;
            for (int e = m.Starts[r]; e < m.Starts[r + 1]; e++) norm += m.Values[e] * m.Values[e];
            float scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            for (int e = m.Starts[r]; e < m.Starts[r + 1]; e++) m.Values[e] *= scale;
        }
    }

    private static int[] DenseKMeans(float[] vectors, int count, int dims, int k, int seed, int iterations = 8)
    {
        var assign = new int[count];
        if (k <= 0) return assign;
        var centers = new float[k * dims];
        var picks = InitialPicks(count, seed);
        for (int c = 0; c < k; c++) vectors.AsSpan(picks[c] * dims, dims).CopyTo(centers.AsSpan(c * dims, dims));
        var sums = new double[k * dims];
        var sizes = new int[k];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            for (int v = 0; v < count; v++)
            {
                var vec = vectors.AsSpan(v * dims, dims);
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(vec, centers.AsSpan(c * dims, dims));
                    if (dot > best) { best = dot; arg = c; }
                }

                assign[v] = arg;
            }

            Array.Clear(sums);
            Array.Clear(sizes);
            for (int v = 0; v < count; v++)
            {
                int c = assign[v];
                sizes[c]++;
                for (int d = 0; d < dims; d++) sums[c * dims + d] += vectors[v * dims + d];
            }

            NormalizeCenters(sums, sizes, k, dims, (c, d, value) => centers[c * dims + d] = value);
        }

        return assign;
    }

    private static int[] SparseKMeans(SparseRows m, int k, int seed, int iterations = 8)
    {
        int count = m.Rows, dims = m.Dimensions;
        var assign = new int[count];
        if (k <= 0) return assign;
        // Centers stored transposed (dimension-major) so each non-zero of a sparse row adds one row of k scores.
        var transposed = new float[dims * k];
        var picks = InitialPicks(count, seed);
        for (int c = 0; c < k; c++)
        for (int e = m.Starts[picks[c]]; e < m.Starts[picks[c] + 1]; e++) transposed[m.Indices[e] * k + c] = m.Values[e];
        var sums = new double[k * dims];
        var sizes = new int[k];
        var scores = new float[k];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            for (int v = 0; v < count; v++)
            {
                Array.Clear(scores);
                for (int e = m.Starts[v]; e < m.Starts[v + 1]; e++) AddScaled(scores, transposed.AsSpan(m.Indices[e] * k, k), m.Values[e]);
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int c = 0; c < k; c++) if (scores[c] > best) { best = scores[c]; arg = c; }
                assign[v] = arg;
            }

            Array.Clear(sums);
            Array.Clear(sizes);
            for (int v = 0; v < count; v++)
            {
                int c = assign[v];
                sizes[c]++;
                for (int e = m.Starts[v]; e < m.Starts[v + 1]; e++) sums[c * dims + m.Indices[e]] += m.Values[e];
            }

            NormalizeCenters(sums, sizes, k, dims, (c, d, value) => transposed[d * k + c] = value);
        }

        return assign;
    }

    /// <summary>The order in which words become the first centers: the first k of a seeded shuffle (k distinct words).</summary>
    private static int[] InitialPicks(int count, int seed)
    {
        var picks = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(picks);
        return picks;
    }

    /// <summary>Each non-empty cluster's center becomes the normalized sum of its members (spherical k-means).</summary>
    private static void NormalizeCenters(double[] sums, int[] sizes, int k, int dims, Action<int, int, float> set)
    {
        for (int c = 0; c < k; c++)
        {
            if (sizes[c] == 0) continue;
            double norm = 0;
            for (int d = 0; d < dims; d++) norm += sums[c * dims + d] * sums[c * dims + d];
            double scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            for (int d = 0; d < dims; d++) set(c, d, (float)(sums[c * dims + d] * scale));
        }
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float factor)
    {
        int width = System.Numerics.Vector<float>.Count, i = 0;
        var f = new System.Numerics.Vector<float>(factor);
        for (; i <= target.Length - width; i += width)
            (new System.Numerics.Vector<float>(target.Slice(i, width)) + new System.Numerics.Vector<float>(source.Slice(i, width)) * f).CopyTo(target.Slice(i, width));
        for (; i < target.Length; i++) target[i] += source[i] * factor;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = System.Numerics.Vector<float>.Zero;
        int width = System.Numerics.Vector<float>.Count, i = 0;
        for (; i <= a.Length - width; i += width)
            sum += new System.Numerics.Vector<float>(a.Slice(i, width)) * new System.Numerics.Vector<float>(b.Slice(i, width));
        float total = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>A compressed sparse row matrix of word vectors (column indices ascending within a row).</summary>
    private sealed class SparseRows(int rows, int dimensions, int[] starts, int[] indices, float[] values)
    {
        public int Rows { get; } = rows;

        public int Dimensions { get; } = dimensions;

        public int[] Starts { get; } = starts;

        public int[] Indices { get; } = indices;

        public float[] Values { get; } = values;

        public static SparseRows From(Dictionary<long, int> cells, int rows, int dimensions)
        {
            var keys = cells.Keys.ToArray();
            Array.Sort(keys);
            var starts = new int[rows + 1];
            var indices = new int[keys.Length];
            var values = new float[keys.Length];
            for (int e = 0; e < keys.Length; e++)
            {
                int r = (int)(keys[e] / dimensions);
                starts[r + 1]++;
                indices[e] = (int)(keys[e] % dimensions);
                values[e] = cells[keys[e]];
            }

            for (int r = 0; r < rows; r++) starts[r + 1] += starts[r];
            return new SparseRows(rows, dimensions, starts, indices, values);
        }

        public float[] ToDense()
        {
            var dense = new float[Rows * Dimensions];
            for (int r = 0; r < Rows; r++)
            for (int e = Starts[r]; e < Starts[r + 1]; e++) dense[r * Dimensions + Indices[e]] = Values[e];
            return dense;
        }
    }
}
