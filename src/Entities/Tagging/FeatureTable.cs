using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entities.Tagging;

/// <summary>
/// Feature weights: an open-addressing table (linear probing, load ≤ 2/3) from a 64-bit feature hash to a row of one
/// float per tag; rows are contiguous in one flat array. Key and row index share a 16-byte slot so a lookup touches
/// one cache line of the table. For tagging, the weights are also kept quantized to 16-bit integers with one scale
/// for the whole table (rows of 34 bytes instead of 68 for 17 tags: half the memory traffic, the dominant cost);
/// per-token sums are accumulated in 32-bit integers and scaled once. Immutable after construction, so lookups are
/// thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Entry[] entries;
    private readonly int mask;
    private readonly short[] quantized;
    private readonly float scale;

    /// <summary>Builds the table. <paramref name="hashes"/>[r] owns <paramref name="weights"/>[r*tagCount .. (r+1)*tagCount).</summary>
    public FeatureTable(ulong[] hashes, float[] weights, int tagCount)
    {
        if (weights.Length != hashes.Length * tagCount) throw new ArgumentException("Weights do not match the feature count.", nameof(weights));
        Hashes = hashes;
        Weights = weights;
        TagCount = tagCount;
        int capacity = 16;
        while (capacity < hashes.Length + hashes.Length / 2) capacity <<= 1;
        entries = new Entry[capacity];
        mask = capacity - 1;
        for (int r = 0; r < hashes.Length; r++)
        {
            ulong h = hashes[r];
            if (h == 0) throw new ArgumentException("Feature hash 0 is reserved.", nameof(hashes));
            int slot = SlotOf(h);
            while (entries[slot].Key != 0)
            {
                if (entries[slot].Key == h) throw new ArgumentException("Duplicate feature hash.", nameof(hashes));
                slot = (slot + 1) & mask;
            }

            entries[slot] = new Entry(h, r);
        }

        float max = 0;
        foreach (float v in weights) max = Math.Max(max, Math.Abs(v));
        scale = max == 0 ? 1 : max / short.MaxValue;
        quantized = new short[weights.Length + 16];
        for (int i = 0; i < weights.Length; i++) quantized[i] = (short)Math.Round(weights[i] / scale);
    }

    public ulong[] Hashes { get; }

    public float[] Weights { get; }

    public int TagCount { get; }

    public int Count => Hashes.Length;

    /// <summary>Returns the row of <paramref name="hash"/>, or -1.</summary>
    public int Find(ulong hash)
    {
        int slot = SlotOf(hash);
        var e = entries;
        while (true)
        {
            ulong k = e[slot].Key;
            if (k == hash) return e[slot].Row;
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
            if (r >= 0) AddRow(w.Slice(r * t, t), scores);
        }
    }

    /// <summary>
    /// Computes the emission scores of a whole sentence: <paramref name="scores"/>[i*TagCount + j] = sum of the rows of
    /// token i's features. Table slots, then weight rows, are prefetched for the whole sentence before they are read,
    /// so cache misses overlap instead of following one another.
    /// </summary>
    /// <param name="features">Token i's features are <c>features[i * stride .. i * stride + counts[i])</c>.</param>
    /// <param name="counts">Feature count per token.</param>
    /// <param name="stride">Distance between two tokens' features.</param>
    /// <param name="n">Number of tokens.</param>
    /// <param name="rows">Scratch, at least <c>n * stride</c> long.</param>
    /// <param name="scores">Output, at least <c>n * TagCount</c> long; overwritten.</param>
    public void Emissions(ReadOnlySpan<ulong> features, ReadOnlySpan<int> counts, int stride, int n, Span<int> rows, Span<float> scores)
    {
        int t = TagCount;
        var e = entries;
        if (Sse.IsSupported)
        {
            for (int i = 0; i < n; i++)
            {
                var fs = features.Slice(i * stride, counts[i]);
                foreach (ulong f in fs) Prefetch(ref e[SlotOf(f)]);
            }
        }

        var q = quantized;
        for (int i = 0; i < n; i++)
        {
            var fs = features.Slice(i * stride, counts[i]);
            var rs = rows.Slice(i * stride, fs.Length);
            for (int k = 0; k < fs.Length; k++)
            {
                int r = Find(fs[k]);
                rs[k] = r;
                if (r >= 0 && Sse.IsSupported)
                {
                    Prefetch(ref q[r * t]);
                    Prefetch(ref q[r * t + t - 1]);
                }
            }
        }

        Span<int> acc = stackalloc int[t + 16];
        for (int i = 0; i < n; i++)
        {
            var rs = rows.Slice(i * stride, counts[i]);
            acc.Clear();
            foreach (int r in rs)
                if (r >= 0) AddRow(q.AsSpan(r * t, t), acc, t);
            var output = scores.Slice(i * t, t);
            for (int j = 0; j < t; j++) output[j] = acc[j] * scale;
        }
    }

    /// <summary>The factor turning the integer sums of quantized rows into scores.</summary>
    public float Scale => scale;

    /// <summary>Adds the quantized rows of the given features (those in the table) into <paramref name="acc"/> (at least <see cref="TagCount"/> long).</summary>
    public void AddQuantizedRows(ReadOnlySpan<ulong> features, Span<int> acc)
    {
        int t = TagCount;
        var q = quantized;
        foreach (ulong f in features)
        {
            int r = Find(f);
            if (r >= 0) AddRow(q.AsSpan(r * t, t), acc, t);
        }
    }

    /// <summary>
    /// Adds the quantized rows of blocks of features into the blocks' integer sums: <paramref name="sums"/>[b*TagCount + j] +=
    /// row values of block b's features. Table slots, then weight rows, are prefetched for all blocks before they are read, so
    /// cache misses overlap instead of following one another.
    /// </summary>
    /// <param name="features">Block b's features are <c>features[starts[b] .. starts[b + 1])</c>.</param>
    /// <param name="starts">Start of each block, and the end of the last (<c>blocks + 1</c> values).</param>
    /// <param name="blocks">Number of blocks.</param>
    /// <param name="rows">Scratch, at least <c>starts[blocks]</c> long.</param>
    /// <param name="sums">Integer sums, <see cref="TagCount"/> per block; added to.</param>
    public void AddQuantizedRows(ReadOnlySpan<ulong> features, ReadOnlySpan<int> starts, int blocks, Span<int> rows, Span<int> sums)
    {
        int t = TagCount;
        int count = starts[blocks];
        var e = entries;
        features = features[..count];
        rows = rows[..count];
        if (Sse.IsSupported)
        {
            foreach (ulong f in features) Prefetch(ref e[SlotOf(f)]);
        }

        var q = quantized;
        for (int k = 0; k < features.Length; k++)
        {
            int r = Find(features[k]);
            rows[k] = r;
            if (r >= 0 && Sse.IsSupported)
            {
                Prefetch(ref q[r * t]);
                Prefetch(ref q[r * t + t - 1]);
            }
        }

        for (int b = 0; b < blocks; b++)
        {
            var acc = sums.Slice(b * t, t);
            foreach (int r in rows[starts[b]..starts[b + 1]])
                if (r >= 0) AddRow(q.AsSpan(r * t, t), acc, t);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong hash) => (int)((hash ^ (hash >> 32)) & (ulong)(uint)mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ReadOnlySpan<float> row, Span<float> acc)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var src = MemoryMarshal.Cast<float, Vector<float>>(row);
            var dst = MemoryMarshal.Cast<float, Vector<float>>(acc);
            for (int v = 0; v < src.Length; v++) dst[v] += src[v];
            j = src.Length * Vector<float>.Count;
        }

        for (; j < row.Length; j++) acc[j] += row[j];
    }

    /// <summary>Adds the first <paramref name="t"/> values of a quantized row (widened to 32 bits) into <paramref name="acc"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ReadOnlySpan<short> row, Span<int> acc, int t)
    {
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + 16 <= t; j += 16)
            {
                var (low, high) = Vector256.Widen(Vector256.Create(row.Slice(j, 16)));
                var a = MemoryMarshal.Cast<int, Vector256<int>>(acc.Slice(j, 16));
                a[0] += low;
                a[1] += high;
            }
        }

        for (; j < t; j++) acc[j] += row[j];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T target) => Sse.Prefetch0(Unsafe.AsPointer(ref target));

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(ulong key, int row)
    {
        public readonly ulong Key = key;
        public readonly int Row = row;
    }
}
