using System.Reflection;

namespace Entities.French.Data;

/// <summary>
/// The one loader of the data files embedded under <c>Data/</c> (resource names <c>Entities.French.Data.</c> + the path
/// below <c>Data/</c>, e.g. <c>aliases/countries.tsv</c>): raw lines, entry lines, parsed files and tables with a
/// <c>uses</c> column.
/// </summary>
internal static class FrenchDataFiles
{
    /// <summary>The resource-name prefix of the data files.</summary>
    public const string ResourcePrefix = "Entities.French.Data.";

    private static Assembly Assembly => typeof(FrenchDataFiles).Assembly;

    /// <summary>The paths of all embedded data files, relative to <c>Data/</c>.</summary>
    public static IEnumerable<string> FileNames =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);

    /// <summary>Opens a data file and parses it.</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded.</exception>
    public static T Read<T>(string path, Func<TextReader, string, T> parse)
    {
        using Stream stream = Assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new InvalidOperationException($"Embedded data file '{path}' was not found in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return parse(reader, Path.GetFileName(path));
    }

    /// <summary>
    /// The entries of a knowledge or alias table (<see cref="Knowledge.AliasTableReader"/>), parsed once per process: several
    /// parts read the same tables at start-up (gazetteers, the alias table, acronyms, company names). Entries are immutable.
    /// </summary>
    public static IReadOnlyList<Entities.Knowledge.AliasEntry> ReadTable(string path) =>
        ParsedTables.GetOrAdd(path, static p => new Lazy<IReadOnlyList<Entities.Knowledge.AliasEntry>>(() => Read(p, Entities.Knowledge.AliasTableReader.Parse))).Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<Entities.Knowledge.AliasEntry>>> ParsedTables = new(StringComparer.Ordinal);

    /// <summary>Every line of a data file, as written.</summary>
    public static IReadOnlyList<string> ReadRawLines(string path) =>
        Read(path, (reader, _) =>
        {
            var lines = new List<string>();
            while (reader.ReadLine() is { } line) lines.Add(line);
            return lines;
        });

    /// <summary>The non-blank lines of a data file that are not comments (<c>#</c>), trimmed.</summary>
    public static IEnumerable<string> ReadEntries(string path) =>
        ReadRawLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] != '#');

    /// <summary>
    /// The rows of a table whose last column is <c>uses</c> (a comma-separated list of the parts that read the row), after its
    /// header line: the rows that name <paramref name="use"/>, without the uses column.
    /// </summary>
    /// <exception cref="FormatException">The header is missing, or a row has another number of columns than the header.</exception>
    public static IReadOnlyList<string[]> ReadRowsFor(string path, string use)
    {
        var rows = new List<string[]>();
        string[]? header = null;
        foreach (string line in ReadEntries(path))
        {
            var fields = line.Split('\t');
            if (header is null)
            {
                if (fields[^1] != "uses") throw new FormatException($"{path}: the header must end with a 'uses' column.");
                header = fields;
                continue;
            }

            if (fields.Length != header.Length) throw new FormatException($"{path}: '{line}' has {fields.Length} columns, not {header.Length}.");
            if (fields[^1].Split(',').Contains(use, StringComparer.Ordinal)) rows.Add(fields[..^1]);
        }

        return header is null ? throw new FormatException($"{path}: no header line.") : rows;
    }
}
