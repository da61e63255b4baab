namespace Entities.Mentions;

/// <summary>Ordinal text comparison in which the typographic apostrophe (<c>’</c>, U+2019) equals the straight one (<c>'</c>).</summary>
internal static class Apostrophes
{
    private const char Typographic = '\u2019';

    /// <summary><paramref name="text"/> with every typographic apostrophe replaced by a straight one (itself when it has none).</summary>
    public static string Straighten(string text) => text.Contains(Typographic, StringComparison.Ordinal) ? text.Replace(Typographic, '\'') : text;

    /// <summary>Whether <paramref name="set"/> (of straight-apostrophe strings) holds <paramref name="text"/> with its apostrophes straightened (a string is built only when it has a typographic one).</summary>
    public static bool IsIn(ReadOnlySpan<char> text, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        HasTypographic(text) ? set.Contains(Straighten(text.ToString())) : set.Contains(text);

    /// <summary>Whether <paramref name="text"/> contains a typographic apostrophe.</summary>
    public static bool HasTypographic(ReadOnlySpan<char> text) => text.Contains(Typographic);

    /// <summary>Whether <paramref name="text"/> spells <paramref name="straightened"/> (which has straight apostrophes only), ordinal and case-sensitive.</summary>
    public static bool SpellsAs(ReadOnlySpan<char> text, string straightened)
    {
        if (text.Length != straightened.Length) return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i] == Typographic ? '\'' : text[i];
            if (c != straightened[i]) return false;
        }

        return true;
    }

    /// <summary>As <see cref="SpellsAs"/>, ignoring case (invariant lower case of each character).</summary>
    public static bool SpellsAsIgnoreCase(ReadOnlySpan<char> text, string straightened)
    {
        if (text.Length != straightened.Length) return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i] == Typographic ? '\'' : text[i];
            if (c != straightened[i] && char.ToLowerInvariant(c) != char.ToLowerInvariant(straightened[i])) return false;
        }

        return true;
    }
}
