using Entities.Knowledge;
using System.Collections.Frozen;

namespace Entities.Resolution;

/// <summary>A set of <see cref="NamePrefix"/>es (titles or articles) looked up by folded text. Immutable and thread-safe.</summary>
public sealed class NamePrefixList
{
    private readonly FrozenDictionary<string, NamePrefix> byFolded;
    private readonly FrozenDictionary<string, NamePrefix>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    /// <summary>Creates a list. When two prefixes fold alike, the first one wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="prefixes"/> is <see langword="null"/>.</exception>
    public NamePrefixList(IEnumerable<NamePrefix> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        Items = prefixes.ToArray();
        var map = new Dictionary<string, NamePrefix>(StringComparer.Ordinal);
        foreach (var prefix in Items)
        {
            string key = TextFolding.Fold(prefix.Text);
            if (key.Length > 0) map.TryAdd(key, prefix);
        }

        byFolded = map.ToFrozenDictionary(StringComparer.Ordinal);
        bySpan = byFolded.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = map.Count == 0 ? 0 : map.Keys.Max(key => key.Split(' ').Length);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in map.Keys)
        {
            var words = key.Split(' ');
            for (int count = 1; count <= words.Length; count++)
            {
                starts.Add(string.Join(' ', words, 0, count));
                ends.Add(string.Join(' ', words, words.Length - count, count));
            }
        }

        wordPrefixes = starts.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        wordSuffixes = ends.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> wordPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> wordSuffixes;

    /// <summary>An empty list.</summary>
    public static NamePrefixList Empty { get; } = new([]);

    /// <summary>The prefixes, in file order.</summary>
    public IReadOnlyList<NamePrefix> Items { get; }

    /// <summary>The largest number of folded words in one prefix (<c>premier ministre</c> → 2).</summary>
    public int MaxWords { get; }

    /// <summary>Finds the prefix whose folded form is <paramref name="folded"/>.</summary>
    public bool TryGet(string folded, out NamePrefix prefix)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return byFolded.TryGetValue(folded, out prefix!);
    }

    /// <summary>Finds a prefix by its folded form, given as characters.</summary>
    internal bool TryGet(ReadOnlySpan<char> folded, out NamePrefix prefix) => bySpan.TryGetValue(folded, out prefix!);

    /// <summary>
    /// Whether some prefix's folded form starts with the words <paramref name="folded"/> (a whole number of words): otherwise no
    /// text whose fold starts with these words, followed by a space or nothing, can be a prefix.
    /// </summary>
    internal bool MayStartWith(ReadOnlySpan<char> folded) => wordPrefixes.Contains(folded);

    /// <summary>
    /// Whether some prefix's folded form ends with the words <paramref name="folded"/> (a whole number of words): otherwise no
    /// text whose fold ends with these words, after a space or nothing, can be a prefix.
    /// </summary>
    internal bool MayEndWith(ReadOnlySpan<char> folded) => wordSuffixes.Contains(folded);

    /// <summary>
    /// Parses a prefix file: one prefix per line, <c>text&lt;TAB&gt;gender</c> with gender <c>m</c>, <c>f</c> or <c>-</c>
    /// (the gender column may be omitted); blank lines and <c>#</c> comments are skipped.
    /// </summary>
    /// <param name="reader">The file content.</param>
    /// <param name="source">The file name, used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is malformed or a prefix is listed twice; the message names the file and line.</exception>
    public static NamePrefixList Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var prefixes = new List<NamePrefix>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length > 2) throw new FormatException($"{source}:{lineNumber}: expected 'text<TAB>gender'.");
            string text = fields[0].Trim();
            if (TextFolding.Fold(text).Length == 0) throw new FormatException($"{source}:{lineNumber}: empty prefix.");
            if (!seen.Add(text)) throw new FormatException($"{source}:{lineNumber}: '{text}' is listed twice.");
            var gender = (fields.Length == 2 ? fields[1].Trim() : "-") switch
            {
                "m" => PersonGender.Male,
                "f" => PersonGender.Female,
                "-" => PersonGender.Unknown,
                var other => throw new FormatException($"{source}:{lineNumber}: unknown gender '{other}' (m, f, -)."),
            };
            prefixes.Add(new NamePrefix(text, gender));
        }

        return new NamePrefixList(prefixes);
    }
}
