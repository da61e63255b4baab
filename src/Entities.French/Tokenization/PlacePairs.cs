using System.Collections.Frozen;
using Entities.French.Resolution;
using Entities.Knowledge;

namespace Entities.French.Tokenization;

/// <summary>
/// Hyphenated pairs of places (<c>l'axe Paris-Berlin</c>, <c>le match France-Brésil</c>): a word of two capitalized parts that
/// are both one-word country or city names of the alias tables (<c>countries.tsv</c>, <c>cities.tsv</c>) is cut into the two
/// names and the hyphen, so that each can be a mention. Names of one place that join two (<c>Autriche-Hongrie</c>) are listed in
/// <c>unsplittable-words.txt</c>.
/// </summary>
internal static class PlacePairs
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Places =
        new[] { "countries.tsv", "cities.tsv" }
            .SelectMany(file => FrenchResolutionData.Read(file, AliasTableReader.Parse))
            .SelectMany(entry => entry.AllNames)
            .Where(name => name.Length > 1 && char.IsUpper(name[0]) && !name.Any(c => c is ' ' or '-' or '\'' or '’'))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The position of the hyphen of <paramref name="word"/> when it joins two place names, else -1.</summary>
    public static int HyphenOf(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || word[(hyphen + 1)..].Contains('-')) return -1;
        return char.IsUpper(word[0]) && char.IsUpper(word[hyphen + 1]) && Places.Contains(word[..hyphen]) && Places.Contains(word[(hyphen + 1)..]) ? hyphen : -1;
    }
}
