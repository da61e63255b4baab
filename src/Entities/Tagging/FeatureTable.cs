namespace Entities.Tagging;

/// <summary>
/// Feature weights: an open-addressing table from feature hash to a row of one float per tag. Immutable after
/// construction, so lookups are thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] keys;
    private readonly int[] rows;
    private readonly int mask;

    /// <summary>Builds the table. <paramref name="hashes"/>[r] owns <paramref name="weights"/>[r*tagCount .. (r+1)*tagCount).</summary>
    public FeatureTable(ulong[] hashes, float[] weights, int tagCount)
    {
        if (weights.Length != hashes.Length * tagCount) throw new ArgumentException("Weights do not match the feature count.", nameof(weights));
        Hashes = hashes;
        Weights = weights;
        TagCount = tagCount;
        int capacity = 16;
        while (capacity < hashes.Length * 2) capacity <<= 1;
        keys = new ulong[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        for (int r = 0; r < hashes.Length; r++)
        {
            ulong h = hashes[r];
            if (h == 0) throw new ArgumentException("Feature hash 0 is reserved.", nameof(hashes));
            int slot = (int)(h & (ulong)mask);
            while (keys[slot] != 0)
            {
                if (keys[slot] == h) throw new ArgumentException("Duplicate feature hash.", nameof(hashes));
                slot = (slot + 1) & mask;
            }

            keys[slot] = h;
            rows[slot] = r;
        }
    }

    public ulong[] Hashes { get; }

    public float[] Weights { get; }

    public int TagCount { get; }

    public int Count => Hashes.Length;

    /// <summary>Returns the row of <paramref name="hash"/>, or -1.</summary>
    public int Find(ulong hash)
    {
        int slot = (int)(hash & (ulong)mask);
        while (true)
        {
            ulong k = keys[slot];
            if (k == hash) return rows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds the rows of the given features into <paramref name="scores"/> (one float per tag).</summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int t = TagCount;
        var w = Weights.AsSpan();
        foreach (ulong f in features)
        {
            int r = Find(f);
            if (r < 0) continue;
            var row = w.Slice(r * t, t);
            for (int j = 0; j < t; j++) scores[j] += row[j];
        }
    }
}
