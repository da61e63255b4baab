namespace Entities.French.Tokenization;

/// <summary>
/// English possessives in quoted English (<c>Alexei Navalny's fight</c>): a capitalized word ending with <c>'s</c> before a
/// lower-case word is cut into the name and <c>'s</c>, so that the name can be a mention. Before a capitalized word it stays
/// whole, as in the titles of works (<c>Grey's Anatomy</c>, <c>Tom Clancy's Splinter Cell</c>), and so do the names the embedded
/// model's gazetteers know with their possessive (<c>McDonald's</c>, <c>Christie's</c>). No French word ends with an apostrophe
/// and <c>s</c>.
/// </summary>
internal static class EnglishPossessives
{
    /// <summary>The gazetteers' one-word names ending with a possessive, lower case with a straight apostrophe.</summary>
    private static readonly Lazy<HashSet<string>> KnownWhole = new(
        () => Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers
            .SelectMany(g => g.Entries)
            .Select(name => name.Replace('\u2019', '\'').ToLowerInvariant())
            .Where(name => name.EndsWith("'s", StringComparison.Ordinal) && !name.Contains(' ', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the next word after <paramref name="end"/> (spaces between) starts with a lower-case letter.</summary>
    public static bool LowerCaseWordAfter(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F') i++;
        return i > end && i < text.Length && char.IsLower(text[i]);
    }

    /// <summary>Where the possessive of <paramref name="word"/> starts (its apostrophe), or -1 when the word stays whole.</summary>
    public static int ApostropheOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] is not ('s' or 'S') || word[^2] is not ('\'' or '\u2019') || !char.IsUpper(word[0])) return -1;
        var name = word[..^2];
        foreach (char c in name)
        {
            if (!char.IsLetter(c) && c != '-') return -1;
        }

        Span<char> folded = stackalloc char[Math.Min(word.Length, 128)];
        if (word.Length > folded.Length) return -1;
        word.ToLowerInvariant(folded);
        folded[^2] = '\'';
        return KnownWhole.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded) ? -1 : word.Length - 2;
    }
}
