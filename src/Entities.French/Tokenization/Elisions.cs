using System.Collections.Frozen;
using Entities.French.Data;

namespace Entities.French.Tokenization;

/// <summary>
/// Elided forms (<c>l'</c>, <c>qu’</c>…) split from the word they precede, and the words that look elided but stay whole
/// (<c>aujourd'hui</c>, <c>c'est-à-dire</c>, <c>rendez-vous</c>). Tables come from <c>elisions.txt</c> and <c>unsplittable-words.txt</c>.
/// </summary>
internal static class Elisions
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms =
        FrenchWordLists.TokenizerElisions().ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Unsplittable =
        FrenchDataFiles.ReadEntries("unsplittable-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Normalized forms of the usual spellings with a typographic apostrophe, so that they are not allocated per token.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NormalizedCache = BuildCache();

    /// <summary>Whether <paramref name="surface"/> (letters followed by an apostrophe variant) is an elided form.</summary>
    public static bool IsElision(ReadOnlySpan<char> surface)
    {
        Span<char> key = stackalloc char[LookupKey.MaxLength];
        int n = LookupKey.Fold(surface, key);
        return n > 0 && Forms.Contains(key[..n]);
    }

    /// <summary>Whether <paramref name="surface"/> is a word that must not be split at its apostrophe or hyphens.</summary>
    public static bool IsUnsplittable(ReadOnlySpan<char> surface)
    {
        Span<char> key = stackalloc char[LookupKey.MaxLength];
        int n = LookupKey.Fold(surface, key);
        return n > 0 && Unsplittable.Contains(key[..n]);
    }

    /// <summary>The normalized form of an elision surface, or <see langword="null"/> when it is already normalized.</summary>
    public static string? Normalize(ReadOnlySpan<char> surface)
    {
        if (NormalizedCache.TryGetValue(surface, out string? cached))
        {
            return cached;
        }

        return TextNormalizer.Normalize(surface, numberGroups: false);
    }

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildCache()
    {
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string form in FrenchWordLists.TokenizerElisions())
        {
            string stem = form[..^1];
            foreach (string variant in new[] { stem, char.ToUpperInvariant(stem[0]) + stem[1..], stem.ToUpperInvariant() })
            {
                cache[variant + "\u2019"] = variant + "'";
            }
        }

        return cache.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
