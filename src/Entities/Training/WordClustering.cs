using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Cheap distributional word classes: each frequent word is described by the counts of its left and right neighbours
/// among the most frequent words (square-rooted, L2-normalized), then clustered with seeded k-means at two
/// granularities. Words with similar contexts (months, first names, towns) share a class, which lets the tagger
/// generalize to words it never saw labelled. Deterministic for a given seed.
/// </summary>
public static class WordClustering
{
    /// <summary>Clusters the words of <paramref name="sentences"/> (token sequences).</summary>
    /// <param name="sentences">Unlabelled text, one token list per sentence.</param>
    /// <param name="minCount">Words seen fewer times are not clustered.</param>
    /// <param name="contextWords">Number of frequent words used as context dimensions (per side).</param>
    /// <param name="coarse">Number of coarse classes.</param>
    /// <param name="fine">Number of fine classes.</param>
    /// <param name="seed">Seed of the k-means initialization.</param>
    public static IReadOnlyList<WordCluster> Cluster(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 4, int contextWords = 150,
        int coarse = 64, int fine = 384, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(sentences);
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
        var targets = byFrequency.Where(i => counts[i] >= minCount).ToArray();
        var targetIndex = new Dictionary<int, int>();
        for (int i = 0; i < targets.Length; i++) targetIndex[targets[i]] = i;
        int dims = 2 * (contextWords + 2);
        var vectors = new float[targets.Length * dims];
        foreach (var row in corpus)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (!targetIndex.TryGetValue(row[i], out int target)) continue;
                int left = i == 0 ? contextWords : contextIndex.GetValueOrDefault(row[i - 1], contextWords + 1);
                int right = i == row.Length - 1 ? contextWords : contextIndex.GetValueOrDefault(row[i + 1], contextWords + 1);
                vectors[target * dims + left]++;
                vectors[target * dims + contextWords + 2 + right]++;
            }
        }

        for (int v = 0; v < targets.Length; v++)
        {
            var vec = vectors.AsSpan(v * dims, dims);
            double norm = 0;
            for (int d = 0; d < dims; d++) { vec[d] = MathF.Sqrt(vec[d]); norm += vec[d] * vec[d]; }
            float scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            for (int d = 0; d < dims; d++) vec[d] *= scale;
        }

        var coarseIds = KMeans(vectors, targets.Length, dims, Math.Min(coarse, targets.Length), seed);
        var fineIds = KMeans(vectors, targets.Length, dims, Math.Min(fine, targets.Length), seed + 1);
        return Enumerable.Range(0, targets.Length).Select(i => new WordCluster(words[targets[i]], coarseIds[i], fineIds[i]))
            .OrderBy(c => c.Word, StringComparer.Ordinal).ToArray();
    }

    private static int[] KMeans(float[] vectors, int count, int dims, int k, int seed, int iterations = 8)
    {
        var assign = new int[count];
        if (k <= 0) return assign;
        var random = new Random(seed);
        var centers = new float[k * dims];
        // Initialization: k distinct points; the most frequent words are spread by sampling among all.
        var picks = Enumerable.Range(0, count).ToArray();
        random.Shuffle(picks);
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

            for (int c = 0; c < k; c++)
            {
                if (sizes[c] == 0) continue;
                double norm = 0;
                for (int d = 0; d < dims; d++) norm += sums[c * dims + d] * sums[c * dims + d];
                double scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
                for (int d = 0; d < dims; d++) centers[c * dims + d] = (float)(sums[c * dims + d] * scale);
            }
        }

        return assign;
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
}
