using System.Runtime.CompilerServices;

namespace Entities.Tokenization;

/// <summary>
/// A token's surface key: 32 bits computed once, when the tokenizer makes the token (<see cref="Token.SurfaceKey"/>), that
/// the rules' pre-checks of token surfaces read instead of the characters (<c>Mentions.SurfaceFilter</c>). Its low
/// <see cref="ShapeBits"/> bits are the surface's shape (its first character modulo 128 and its length up to 15), the
/// others a hash of its length, first two characters and last character. A typographic apostrophe (<c>’</c>) counts as the
/// straight one, so <c>l’</c> and <c>l'</c> share their key. Never zero: zero marks a token made without its text.
/// </summary>
internal static class SurfaceKeys
{
    /// <summary>The number of low bits holding the shape (128 first-character classes by 16 length classes).</summary>
    public const int ShapeBits = 11;

    private const char Typographic = '\u2019';

    /// <summary>The key of <paramref name="surface"/> (not empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(ReadOnlySpan<char> surface)
    {
        char first = Straight(surface[0]), second = surface.Length > 1 ? Straight(surface[1]) : '\0', last = Straight(surface[^1]);
        uint h = (uint)surface.Length * 0x9E3779B1u;
        h = (h ^ first) * 0x85EBCA6Bu;
        h = (h ^ second) * 0xC2B2AE35u;
        h = (h ^ last) * 0x27D4EB2Fu;
        h ^= h >> 15;

        // The length class is at least 1, so the key is never zero.
        uint shape = (uint)(first & 0x7F) << 4 | (uint)Math.Min(surface.Length, 15);
        return h << ShapeBits | shape;
    }

    /// <summary>
    /// The key of <paramref name="token"/> over <paramref name="text"/>: its stored key, or the key computed now when it has none;
    /// 0 for an empty (default) token, a key no surface has.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(string text, in Token token)
    {
        uint key = token.SurfaceKey;
        return key != 0 || token.Length == 0 ? key : Of(text.AsSpan(token.Start, token.Length));
    }

    private static char Straight(char c) => c == Typographic ? '\'' : c;
}
