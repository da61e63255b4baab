using System.Runtime.Intrinsics;

namespace Entities.Tagging;

/// <summary>
/// The tagger's emission scores at inference: the same sums as <see cref="FeatureExtractor.Extract"/> followed by
/// <see cref="FeatureTable.Emissions"/>, bit for bit, but the intrinsic and neighbor feature groups of a token already seen
/// come from a <see cref="WordRowCache"/> (five row additions) and the two capitalization pairs from a table of their few
/// combinations, so only the context features (<see cref="ContextFeatures"/>),
/// the first token's intrinsic features and the groups of tokens not in the cache are looked up in the table, all of a
/// sentence's lookups in one prefetched pass.
/// </summary>
/// <remarks>One instance per <see cref="FeatureExtractor.Workspace"/> (same exclusivity) and per model.</remarks>
internal sealed class CachedEmissions
{
    private const int Max = FeatureExtractor.MaxFeaturesPerToken;

    private readonly TaggerModel model;
    private readonly int[] capitalizationSums;
    private ulong[] features = [];
    private int[] rows = [];
    private int[] starts = [];
    private int[] sums = [];
    private int[] missToken = [];
    private int[] sets = [];
    private int[] entries = [];

    /// <summary>Creates the computation for <paramref name="model"/> with an empty cache (see <see cref="WordRowCache"/>).</summary>
    public CachedEmissions(TaggerModel model, int capacity = WordRowCache.DefaultCapacity, int maxCapacity = WordRowCache.DefaultMaxCapacity, int wideCapacity = WordRowCache.DefaultWideCapacity, CacheBudget? budget = null)
    {
        this.model = model;
        Cache = new WordRowCache(model.Features, model.Table, capacity, maxCapacity, wideCapacity, budget);

        // The rows of the capitalization pairs, summed once per combination of the three classes.
        int t = model.Table.TagCount;
        capitalizationSums = new int[CapClasses * 3 * CapClasses * t];
        Span<ulong> f = stackalloc ulong[2];
        for (int before = 0; before < CapClasses; before++)
        {
            for (int capClass = 0; capClass < 3; capClass++)
            {
                for (int after = 0; after < CapClasses; after++)
                {
                    int k = 0;
                    ulong cm1 = before < 3 ? (ulong)before : ContextFeatures.CapClassBefore;
                    ulong cp1 = after < 3 ? (ulong)after : ContextFeatures.CapClassAfter;
                    ContextFeatures.AddCapitalizationPairs(cm1, (ulong)capClass, cp1, f, ref k);
                    model.Table.AddQuantizedRows(f[..k], capitalizationSums.AsSpan(CapitalizationIndex(before, capClass, after) * t, t));
                }
            }
        }
    }

    /// <summary>Values of a neighbor's <see cref="TokenValues.CapClass"/> in <see cref="capitalizationSums"/>: 0, 1, 2, or 3 for the padding.</summary>
    private const int CapClasses = 4;

    /// <summary>Where the sums of <see cref="ContextFeatures.AddCapitalizationPairs"/> for classes (before, token, after) are.</summary>
    private static int CapitalizationIndex(int before, int capClass, int after) => (before * 3 + capClass) * CapClasses + after;

    /// <summary>The cache of per-token sums.</summary>
    public WordRowCache Cache { get; }

    /// <summary>What the cache slots hold: intrinsic features (offset 0) or the neighbor features at an offset.</summary>
    private static ReadOnlySpan<int> SlotOffsets => [0, -2, -1, 1, 2];

    /// <summary>Computes the emissions of a sentence into <paramref name="emissions"/> (<c>n × TagCount</c>, overwritten).</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="w">The workspace owning this instance.</param>
    /// <param name="emissions">Output.</param>
    public void Compute(IReadOnlyList<string> tokens, FeatureExtractor.Workspace w, Span<float> emissions) =>
        Compute(new SentenceTokens(tokens), w, emissions);

    /// <summary>Computes the emissions of a sentence into <paramref name="emissions"/> (<c>n × TagCount</c>, overwritten).</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="w">The workspace owning this instance.</param>
    /// <param name="emissions">Output.</param>
    public void Compute(in SentenceTokens tokens, FeatureExtractor.Workspace w, Span<float> emissions)
    {
        int n = tokens.Count;
        if (n == 0) return;
        var configuration = model.Features;
        var table = model.Table;
        var cache = Cache;
        int t = table.TagCount;
        var matcher = configuration.Matcher;
        w.Ensure(n, matcher.Count);
        EnsureScratch(n, t);
        var tokenSums = sums.AsSpan(0, n * t);
        tokenSums.Clear();

        // 1. Cached tokens give their rows to themselves and their neighbors; the others are noted. (Three passes over the
        // sentence so that the memory reads of each overlap: the sets' keys, then the entries found, then their sums.)
        cache.Grow();
        for (int j = 0; j < n; j++)
        {
            ulong word = FeatureHash.OfSpan(tokens[j]);
            w.Word[j] = word;
            int set = cache.SetOf(word);
            sets[j] = set;
            cache.PrefetchKeys(set);
        }

        for (int j = 0; j < n; j++)
        {
            int e = cache.Find(sets[j], tokens[j]);
            entries[j] = e;
            if (e >= 0) cache.PrefetchEntry(e);
        }

        int misses = 0;
        for (int j = 0; j < n; j++)
        {
            int e = entries[j];
            if (e < 0)
            {
                w.Values[j] = TokenValues.Of(tokens[j], configuration);
                w.GazetteerStart[j] = w.Values[j].GazetteerStart;
                missToken[misses++] = j;
                continue;
            }

            w.Values[j] = j == 0 ? cache.AllValuesOf(e, w.Word[j]) : cache.ValuesOf(e, w.Word[j]);
            w.GazetteerStart[j] = w.Values[j].GazetteerStart;
            if (j > 0) Add(tokenSums, j, t, cache.IntrinsicSums(e));
            int wide = cache.WideSlotOf(e);
            if (wide < 0)
            {
                if (j + 1 < n) Add(tokenSums, j + 1, t, cache.NeighborSums(e, WordRowCache.AtMinus1));
                if (j + 2 < n) Add(tokenSums, j + 2, t, cache.NeighborSums(e, WordRowCache.AtMinus2));
                if (j >= 1) Add(tokenSums, j - 1, t, cache.NeighborSums(e, WordRowCache.AtPlus1));
                if (j >= 2) Add(tokenSums, j - 2, t, cache.NeighborSums(e, WordRowCache.AtPlus2));
            }
            else
            {
                if (j + 1 < n) Add(tokenSums, j + 1, t, cache.WideNeighborSums(wide, WordRowCache.AtMinus1));
                if (j + 2 < n) Add(tokenSums, j + 2, t, cache.WideNeighborSums(wide, WordRowCache.AtMinus2));
                if (j >= 1) Add(tokenSums, j - 1, t, cache.WideNeighborSums(wide, WordRowCache.AtPlus1));
                if (j >= 2) Add(tokenSums, j - 2, t, cache.WideNeighborSums(wide, WordRowCache.AtPlus2));
            }
        }

        Add(tokenSums, 0, t, cache.Padding(WordRowCache.PadBeforeAtMinus1));
        Add(tokenSums, 0, t, cache.Padding(WordRowCache.PadTwoBeforeAtMinus2));
        if (n > 1) Add(tokenSums, 1, t, cache.Padding(WordRowCache.PadBeforeAtMinus2));
        Add(tokenSums, n - 1, t, cache.Padding(WordRowCache.PadAfterAtPlus1));
        Add(tokenSums, n - 1, t, cache.Padding(WordRowCache.PadTwoAfterAtPlus2));
        if (n > 1) Add(tokenSums, n - 2, t, cache.Padding(WordRowCache.PadAfterAtPlus2));

        // 2. The features to look up: per token its context; the first token's intrinsic features, which depend on its
        // position, unless the cache has their sums; then per token not in the cache its intrinsic and neighbor groups, one
        // block each.
        matcher.Match(w.Word.AsSpan(0, n), w.GazetteerStart.AsSpan(0, n), w.GazMarks.AsSpan(0, n * matcher.Count), w.GazMarked);
        int at = 0;
        for (int i = 0; i < n; i++)
        {
            starts[i] = at;
            int k = 0;
            var f = features.AsSpan(at, Max);
            ContextFeatures.AddAllButCapitalizationPairs(w, i, n, configuration, f, ref k);
            int before = i > 0 ? (int)w.Values[i - 1].CapClass : 3, after = i + 1 < n ? (int)w.Values[i + 1].CapClass : 3;
            Add(tokenSums, i, t, capitalizationSums.AsSpan(CapitalizationIndex(before, (int)w.Values[i].CapClass, after) * t, t));
            at += k;
        }

        starts[n] = at;
        ReadOnlySpan<int> firstSums = default;
        bool firstKnown = entries[0] >= 0 && cache.TryFirstSums(entries[0], out firstSums);
        if (firstKnown) Add(tokenSums, 0, t, firstSums);
        else
        {
            int k = 0;
            TokenFeatures.Add(tokens[0], w.Values[0], first: true, configuration, features.AsSpan(at, Max), ref k);
            at += k;
        }

        int block = n + 1;
        for (int m = 0; m < misses; m++)
        {
            int j = missToken[m];
            foreach (int offset in SlotOffsets)
            {
                starts[block++] = at;
                int k = 0;
                var f = features.AsSpan(at, Max);
                if (offset == 0) TokenFeatures.Add(tokens[j], w.Values[j], first: false, configuration, f, ref k);
                else NeighborFeatures.Add(offset, w.Values[j], configuration, f, ref k);
                at += k;
            }
        }

        starts[block] = at;
        sums.AsSpan(n * t, (block - n) * t).Clear();
        table.AddQuantizedRows(features, starts, block, rows, sums);

        // 3. The first token's intrinsic sums, kept by its entry; the new tokens give their rows, and enter the cache (only
        // now: the cached rows read above stay valid until here).
        var first = sums.AsSpan(n * t, t);
        if (!firstKnown)
        {
            Add(tokenSums, 0, t, first);
            if (entries[0] >= 0) cache.StoreFirstSums(entries[0], first);
        }

        for (int m = 0; m < misses; m++)
        {
            int j = missToken[m];
            var slots = sums.AsSpan((n + 1 + m * WordRowCache.SlotCount) * t, WordRowCache.SlotCount * t);
            if (j > 0) Add(tokenSums, j, t, slots.Slice(WordRowCache.Intrinsic * t, t));
            if (j + 1 < n) Add(tokenSums, j + 1, t, slots.Slice(WordRowCache.AtMinus1 * t, t));
            if (j + 2 < n) Add(tokenSums, j + 2, t, slots.Slice(WordRowCache.AtMinus2 * t, t));
            if (j >= 1) Add(tokenSums, j - 1, t, slots.Slice(WordRowCache.AtPlus1 * t, t));
            if (j >= 2) Add(tokenSums, j - 2, t, slots.Slice(WordRowCache.AtPlus2 * t, t));
            int stored = cache.Store(sets[j], tokens[j], w.Values[j], slots);
            if (j == 0 && stored >= 0) cache.StoreFirstSums(stored, first); // (a later store into the entry forgets them)
        }

        // (float)sum is exact (|sum| < 2^24) and the same IEEE product per lane as in FeatureTable.Emissions.
        float scale = table.Scale;
        int done = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(scale);
            for (; done + 8 <= n * t; done += 8)
                (Vector256.ConvertToSingle(Vector256.Create(tokenSums.Slice(done, 8))) * factor).CopyTo(emissions.Slice(done, 8));
        }

        for (int j = done; j < n * t; j++) emissions[j] = tokenSums[j] * scale;
    }

    private void EnsureScratch(int n, int t)
    {
        if (missToken.Length >= n) return;
        int size = Math.Max(n, 64);
        features = new ulong[(2 * size + 2) * Max];
        rows = new int[features.Length];
        starts = new int[size * (1 + WordRowCache.SlotCount) + 2];
        sums = new int[(size * (1 + WordRowCache.SlotCount) + 1) * t];
        missToken = new int[size];
        sets = new int[size];
        entries = new int[size];
    }

    /// <summary>Adds <paramref name="source"/> (widened) to token <paramref name="i"/>'s sums.</summary>
    private static void Add(Span<int> tokenSums, int i, int t, ReadOnlySpan<short> source) => RowSums.AddWidened(source[..t], tokenSums.Slice(i * t, t));

    /// <summary>Adds <paramref name="source"/> to token <paramref name="i"/>'s sums.</summary>
    private static void Add(Span<int> tokenSums, int i, int t, ReadOnlySpan<int> source) => RowSums.Add(source[..t], tokenSums.Slice(i * t, t));
}
