namespace Entities.Tagging;

/// <summary>
/// A named list of names (one or more words each) whose occurrences in a sentence become tagger features.
/// Entries are split into tokens on white space and after an elided article (<c>L'Isle-Adam</c> → <c>L'</c> + <c>Isle-Adam</c>);
/// matching is exact and case-sensitive on the tokens.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Creates a gazetteer.</summary>
    /// <param name="name">A short identifier (<c>country</c>, <c>commune</c>); it is part of the features' identity.</param>
    /// <param name="entries">The names; duplicates and blank entries are dropped, order is normalized.</param>
    public Gazetteer(string name, IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        var given = entries.ToArray();
        // A model file stores its gazetteers normalized: taken as they are, without sorting them again at every load.
        sorted = IsNormalized(given)
            ? given
            : given.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private readonly string[] sorted;

    /// <summary>Whether <paramref name="entries"/> are trimmed, not blank, and strictly increasing in ordinal order.</summary>
    private static bool IsNormalized(string[] entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            string e = entries[i];
            if (e.Length == 0 || char.IsWhiteSpace(e[0]) || char.IsWhiteSpace(e[^1])) return false;
            if (i > 0 && string.CompareOrdinal(entries[i - 1], e) >= 0) return false;
        }

        return true;
    }

    /// <summary>The gazetteer's identifier.</summary>
    public string Name { get; }

    /// <summary>The names, sorted ordinally, without duplicates.</summary>
    public IReadOnlyList<string> Entries => sorted;

    /// <summary>Whether <paramref name="name"/> is one of the <see cref="Entries"/>, as written (a binary search: no set is built).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Array.BinarySearch(sorted, name, StringComparer.Ordinal) >= 0;
    }

    /// <summary>Splits an entry into the tokens the tagger sees.</summary>
    internal static List<string> TokenizeEntry(string entry)
    {
        // Most entries are one word without an apostrophe: one token, the entry itself.
        if (!entry.AsSpan().ContainsAny(SplitCharacters)) return [entry];
        var tokens = new List<string>();
        foreach (var word in entry.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0;
            for (int i = 0; i < word.Length - 1; i++)
            {
                if (word[i] == '\'' && i > start && char.IsLetter(word[i - 1]) && i - start <= 6)
                {
                    tokens.Add(word[start..(i + 1)]);
                    start = i + 1;
                }
            }

            tokens.Add(word[start..]);
        }

        return tokens;
    }

    /// <summary>The characters where <see cref="TokenizeEntry"/> may cut an entry: white space and apostrophes.</summary>
    private static readonly System.Buffers.SearchValues<char> SplitCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '\'' or '\u2019')]);
}
