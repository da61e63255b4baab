using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entities.Tagging;

/// <summary>
/// Adds rows of weights into 32-bit integer sums, several tags at a time: 16-bit quantized rows (widened) and rows of sums.
/// Integer sums are exact whatever the order, so every path gives the same result.
/// </summary>
internal static class RowSums
{
    /// <summary>Adds <paramref name="row"/>, each value widened to 32 bits, into <paramref name="acc"/> (at least as long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddWidened(ReadOnlySpan<short> row, Span<int> acc)
    {
        int t = row.Length;
        acc = acc[..t];
        int j = 0;
        if (Avx512F.IsSupported && Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= t; j += 16)
            {
                var a = MemoryMarshal.Cast<int, Vector512<int>>(acc.Slice(j, 16));
                a[0] += Avx512F.ConvertToVector512Int32(Vector256.Create(row.Slice(j, 16)));
            }
        }
        else if (Vector256.IsHardwareAccelerated)
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

    /// <summary>Adds <paramref name="row"/> into <paramref name="acc"/> (at least as long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ReadOnlySpan<int> row, Span<int> acc)
    {
        int t = row.Length;
        acc = acc[..t];
        int j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 16 <= t; j += 16) (Vector512.Create(acc.Slice(j, 16)) + Vector512.Create(row.Slice(j, 16))).CopyTo(acc.Slice(j, 16));
        }
        else if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int width = System.Numerics.Vector<int>.Count;
            for (; j + width <= t; j += width)
                (new System.Numerics.Vector<int>(acc[j..]) + new System.Numerics.Vector<int>(row[j..])).CopyTo(acc[j..]);
        }

        for (; j < t; j++) acc[j] += row[j];
    }
}
