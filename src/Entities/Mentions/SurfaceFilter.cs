using System.Numerics;
using System.Runtime.CompilerServices;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// A fast pre-check before an exact, ordinal lookup of a token's surface in a set of names, on the surface's key
/// (<see cref="SurfaceKeys"/>, which the tokenizer computes once per token): a small bit array indexed by the key's shape
/// (the surface's first character and length; a few instructions, which reject most tokens), then a larger one indexed by
/// the key's hash of the surface's length, first two characters and last character. <see cref="MayContain(ReadOnlySpan{char})"/> is
/// <see langword="true"/> for every name of the set (no false negative), so testing it first never changes what the lookup
/// finds; it only spares the full hash of the many tokens (<c>de</c>, <c>Paris</c>, <c>annonce</c>) that cannot be in the
/// set. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The key reads a typographic apostrophe (<c>’</c>) as a straight one, so a filter over names with straight apostrophes
/// also passes their typographic spellings, as a lookup that straightens the surface first needs.
/// </remarks>
internal sealed class SurfaceFilter
{
    private const int MaxBits = 1 << 16;

    /// <summary>Bits of the (first character, length) shapes: 128 first-character classes by 16 length classes.</summary>
    private readonly ulong[] shapes = new ulong[(1 << SurfaceKeys.ShapeBits) / 64];
    private readonly ulong[] bits;
    private readonly int mask;

    /// <summary>Creates a filter holding <paramref name="names"/>.</summary>
    /// <param name="names">The names of the set.</param>
    public SurfaceFilter(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        int size = (int)Math.Min(MaxBits, Math.Max(64, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, names.Count) * 32)));
        bits = new ulong[size / 64];
        mask = size - 1;
        foreach (string name in names)
        {
            if (name.Length == 0) continue;
            uint key = SurfaceKeys.Of(name);
            int shape = Shape(key), bit = Bit(key);
            shapes[shape >> 6] |= 1UL << shape;
            bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>Whether <paramref name="surface"/> may be one of the names; <see langword="false"/> proves it is not.</summary>
    public bool MayContain(ReadOnlySpan<char> surface) => !surface.IsEmpty && KeyMayContain(SurfaceKeys.Of(surface));

    /// <summary>
    /// The index of the first token from <paramref name="from"/> (inclusive) to <paramref name="end"/> (exclusive) whose surface
    /// <see cref="MayContain(ReadOnlySpan{char})"/> may hold, or <paramref name="end"/> when none: the same answers as testing
    /// the tokens one by one, reading each token's key rather than its characters.
    /// </summary>
    public int FirstMayContain(string text, ReadOnlySpan<Token> tokens, int from, int end)
    {
        var shapeBits = shapes;
        for (int t = from; t < end; t++)
        {
            uint key = SurfaceKeys.Of(text, tokens[t]);
            int shape = Shape(key);
            if ((shapeBits[shape >> 6] & (1UL << shape)) != 0 && HashMayContain(key)) return t;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeyMayContain(uint key)
    {
        int shape = Shape(key);
        return (shapes[shape >> 6] & (1UL << shape)) != 0 && HashMayContain(key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Shape(uint key) => (int)(key & ((1u << SurfaceKeys.ShapeBits) - 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bit(uint key) => (int)(key >> SurfaceKeys.ShapeBits) & mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HashMayContain(uint key)
    {
        int bit = Bit(key);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }
}
