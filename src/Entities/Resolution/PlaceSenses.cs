using System.Collections.Frozen;

namespace Entities.Resolution;

/// <summary>
/// Place names shared by two places, each with the words that say the text means the other one (<c>Géorgie</c>: the US state
/// when <c>Atlanta</c> or <c>gouverneur de Géorgie</c> stands within <see cref="Window"/> characters). Such a place mention keeps
/// its label but is keyed apart from the usual place (<c>georgie etat americain</c>, no table entry), so the graph never joins
/// the two. Only a cue decides: a mention without one is the usual place, and a cue that misleads costs a split, not a wrong
/// merge, as long as cues name the other place alone (its towns, its region, its demonym). The same reading serves names of
/// organizations (<see cref="AliasResolverProfile.OrganizationSenses"/>: <c>PS</c> near <c>Berne</c>). Immutable and thread-safe.
/// </summary>
public sealed class PlaceSenses
{
    private readonly FrozenDictionary<string, (string[] Senses, string[][] Cues)> byName;

    /// <summary>How far around a place name (characters, each side) its cues are read.</summary>
    public const int Window = 400;

    /// <summary>
    /// Creates the table from rows of a place name as written (<c>Géorgie</c>), the other place's qualifier added to its key
    /// (<c>état américain</c>), and that place's cues (lower or upper case, compared case-insensitively at word boundaries).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name or qualifier is empty, a row has no cue, or a cue is empty or too long.</exception>
    public PlaceSenses(IEnumerable<(string Name, string Sense, IReadOnlyList<string> Cues)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var senses = new Dictionary<string, List<(string, string[])>>(StringComparer.Ordinal);
        foreach (var (name, sense, cues) in rows)
        {
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(sense)) throw new ArgumentException("A place sense needs a name and a qualifier.", nameof(rows));
            var normalized = CueWindow.Normalize(cues, nameof(rows));
            if (normalized.Length == 0) throw new ArgumentException($"The place sense '{name} ({sense})' has no cue.", nameof(rows));
            if (!senses.TryGetValue(name.Trim(), out var list)) senses[name.Trim()] = list = [];
            list.Add((sense.Trim(), normalized));
        }

        byName = senses.ToFrozenDictionary(pair => pair.Key, pair => (pair.Value.Select(v => v.Item1).ToArray(), pair.Value.Select(v => v.Item2).ToArray()), StringComparer.Ordinal);
    }

    /// <summary>
    /// Parses a table: one sense per line, <c>name&lt;TAB&gt;qualifier&lt;TAB&gt;cue|cue|…</c>; a header line starting with
    /// <c>name</c>, blank lines and <c>#</c> comments are skipped.
    /// </summary>
    /// <param name="reader">The file content.</param>
    /// <param name="source">The file name, used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static PlaceSenses Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var rows = new List<(string, string, IReadOnlyList<string>)>();
        foreach (var (lineNumber, fields) in Knowledge.DataFileLines.Read(reader, "name"))
        {
            if (fields.Length != 3) throw new FormatException($"{source}:{lineNumber}: expected 3 tab-separated fields (name, qualifier, cues), found {fields.Length}.");
            var cues = fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0 || cues.Length == 0 || cues.Any(c => c.Length > CueWindow.MaxCueLength))
                throw new FormatException($"{source}:{lineNumber}: a name, a qualifier and 1 to {CueWindow.MaxCueLength}-character cues are needed.");
            rows.Add((fields[0], fields[1], cues));
        }

        return new PlaceSenses(rows);
    }

    /// <summary>The names that have another sense.</summary>
    public IEnumerable<string> Names => byName.Keys;

    /// <summary>
    /// The qualifier of the other place the mention [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="name"/>
    /// means (a cue of it within <see cref="Window"/> characters), or <see langword="null"/>: the usual place.
    /// </summary>
    public string? SenseOf(string name, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (!byName.TryGetValue(name, out var senses)) return null;
        int found = CueWindow.FirstAround(text, start, end, Window, senses.Cues);   // the window read once for every sense
        return found < 0 ? null : senses.Senses[found];
    }
}
