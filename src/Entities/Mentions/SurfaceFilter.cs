using System.Numerics;
using System.Runtime.CompilerServices;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// A fast pre-check before an exact, ordinal lookup of a token's surface in a set of names: a small bit array indexed by the
/// surface's first character and length (a few instructions, which reject most tokens), then a larger one indexed by a hash of
/// the surface's length, first two characters and last character. <see cref="MayContain"/> is <see langword="true"/> for
/// every name of the set (no false negative), so testing it first never changes what the lookup finds; it only spares the
/// full hash of the many tokens (<c>de</c>, <c>Paris</c>, <c>annonce</c>) that cannot be in the set. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// With <c>straightApostrophes</c>, the names are expected with straight apostrophes only and a surface's typographic
/// apostrophes (<c>’</c>) count as straight ones, as when the surface is straightened before the lookup.
/// </remarks>
internal sealed class SurfaceFilter
{
    private const char Typographic = '\u2019';
    private const int MaxBits = 1 << 16;

    /// <summary>Bits of the (first character, length) shapes: 128 first-character classes by 16 length classes.</summary>
    private readonly ulong[] shapes = new ulong[128 * 16 / 64];
    private readonly ulong[] bits;
    private readonly int mask;
    private readonly bool straightApostrophes;

    /// <summary>Creates a filter holding <paramref name="names"/>.</summary>
    /// <param name="names">The names of the set (with straight apostrophes when <paramref name="straightApostrophes"/>).</param>
    /// <param name="straightApostrophes">Whether a surface's typographic apostrophes are read as straight ones.</param>
    public SurfaceFilter(IReadOnlyCollection<string> names, bool straightApostrophes = false)
    {
        ArgumentNullException.ThrowIfNull(names);
        int size = (int)Math.Min(MaxBits, Math.Max(64, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, names.Count) * 32)));
        bits = new ulong[size / 64];
        mask = size - 1;
        this.straightApostrophes = straightApostrophes;
        foreach (string name in names)
        {
            if (name.Length == 0) continue;
            int bit = Bit(name);
            bits[bit >> 6] |= 1UL << bit;
            int shape = Shape(name);
            shapes[shape >> 6] |= 1UL << shape;
        }
    }

    /// <summary>Whether <paramref name="surface"/> may be one of the names; <see langword="false"/> proves it is not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> surface)
    {
        if (surface.IsEmpty) return false;
        int shape = Shape(surface);
        return (shapes[shape >> 6] & (1UL << shape)) != 0 && HashMayContain(surface);
    }

    /// <summary>
    /// The index of the first token from <paramref name="from"/> (inclusive) to <paramref name="end"/> (exclusive) whose surface
    /// <see cref="MayContain"/> may hold, or <paramref name="end"/> when none: the same answers as testing the tokens one by one,
    /// in a loop small enough to keep its state in registers.
    /// </summary>
    public int FirstMayContain(string text, ReadOnlySpan<Token> tokens, int from, int end)
    {
        var shapeBits = shapes;
        for (int t = from; t < end; t++)
        {
            var token = tokens[t];
            if (token.Length == 0) continue;
            var surface = text.AsSpan(token.Start, token.Length);
            int shape = Shape(surface);
            if ((shapeBits[shape >> 6] & (1UL << shape)) != 0 && HashMayContain(surface)) return t;
        }

        return end;
    }

    /// <summary>
    /// The surface's shape bit: its first character (read modulo 128, the typographic apostrophe as the straight one whatever
    /// the filter reads, which only merges two shapes) and its length (up to 15).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Shape(ReadOnlySpan<char> surface)
    {
        char first = surface[0];
        if (first == Typographic) first = '\'';
        return (first & 0x7F) << 4 | Math.Min(surface.Length, 15);
    }

    private bool HashMayContain(ReadOnlySpan<char> surface)
    {
        int bit = Bit(surface);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private int Bit(ReadOnlySpan<char> surface)
    {
        char first = surface[0], second = surface.Length > 1 ? surface[1] : '\0', last = surface[^1];
        if (straightApostrophes)
        {
            if (first == Typographic) first = '\'';
            if (second == Typographic) second = '\'';
            if (last == Typographic) last = '\'';
        }

        uint h = (uint)surface.Length * 0x9E3779B1u;
        h = (h ^ first) * 0x85EBCA6Bu;
        h = (h ^ second) * 0xC2B2AE35u;
        h = (h ^ last) * 0x27D4EB2Fu;
        h ^= h >> 15;
        return (int)(h & (uint)mask);
    }
}
