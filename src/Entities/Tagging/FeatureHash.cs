namespace Entities.Tagging;

/// <summary>
/// Allocation-free 64-bit hashing of feature values: FNV-1a over UTF-16 code units (typographic apostrophe folded
/// to <c>'</c>), combined with a template id and finalized with a SplitMix64 mixer. Never returns 0.
/// </summary>
public static class FeatureHash
{
    /// <summary>The FNV-1a offset basis: the hash of the empty string.</summary>
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Adds one character to an FNV-1a hash (<c>’</c> hashed as <c>'</c>).</summary>
    public static ulong AddChar(ulong hash, char c)
    {
        if (c == '\u2019') c = '\'';
        return (hash ^ c) * Prime;
    }

    /// <summary>The FNV-1a hash of <paramref name="text"/>.</summary>
    public static ulong OfSpan(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = AddChar(h, c);
        return h;
    }

    /// <summary>The FNV-1a hash of <paramref name="text"/> in lower case (invariant culture).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = AddChar(h, char.ToLowerInvariant(c));
        return h;
    }

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL ^ b);

    /// <summary>The hash of a feature: its template id and one value; never 0.</summary>
    public static ulong Feature(int template, ulong value) => Final(Combine((ulong)template + 0x51ED27UL, value));

    /// <summary>The hash of a feature: its template id and two values; never 0.</summary>
    public static ulong Feature(int template, ulong value1, ulong value2) => Final(Combine(Combine((ulong)template + 0x51ED27UL, value1), value2));

    /// <summary>The hash of a feature: its template id and three values; never 0.</summary>
    public static ulong Feature(int template, ulong value1, ulong value2, ulong value3) =>
        Final(Combine(Combine(Combine((ulong)template + 0x51ED27UL, value1), value2), value3));

    /// <summary>The SplitMix64 finalizer: a bijective mix of the bits of <paramref name="z"/> (also a seed mixer for trainers).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Final(ulong h) => h == 0 ? 1 : h;
}
