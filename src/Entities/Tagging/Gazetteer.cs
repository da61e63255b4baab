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
        Entries = entries.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The gazetteer's identifier.</summary>
    public string Name { get; }

    /// <summary>The names, sorted ordinally, without duplicates.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>Splits an entry into the tokens the tagger sees.</summary>
    internal static List<string> TokenizeEntry(string entry)
    {
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
}
