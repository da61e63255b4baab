namespace Entities.Knowledge;

/// <summary>
/// Reads alias table files: UTF-8 TSV with the header <c>canonical&lt;TAB&gt;label&lt;TAB&gt;aliases</c>, one entity per
/// line, the aliases separated by <c>|</c> (the column may be empty), labels <c>PER</c>, <c>LOC</c>, <c>ORG</c>, <c>MISC</c>;
/// blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class AliasTableReader
{
    /// <summary>The required header line.</summary>
    public const string Header = "canonical\tlabel\taliases";

    /// <summary>Parses one file. Strict: any malformed line throws.</summary>
    /// <param name="reader">The file content.</param>
    /// <param name="source">The file name, recorded in each entry and used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// Missing header, wrong number of columns, unknown label, empty canonical name or alias, or the same name twice in one entry
    /// (compared after <see cref="TextFolding.Fold"/>, so <c>Etats-Unis</c> next to <c>États-Unis</c> is redundant).
    /// </exception>
    public static IReadOnlyList<AliasEntry> Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var entries = new List<AliasEntry>();
        int lineNumber = 0;
        bool headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!headerSeen)
            {
                if (line != Header) throw new FormatException($"{source}:{lineNumber}: expected the header '{Header.Replace("\t", "<TAB>", StringComparison.Ordinal)}'.");
                headerSeen = true;
                continue;
            }

            entries.Add(ParseLine(line, source, lineNumber));
        }

        if (!headerSeen) throw new FormatException($"{source}: no header line.");
        return entries;
    }

    private static AliasEntry ParseLine(string line, string source, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 3) throw new FormatException($"{source}:{lineNumber}: expected 3 tab-separated columns, found {fields.Length}.");
        string canonical = fields[0].Trim();
        if (canonical.Length == 0) throw new FormatException($"{source}:{lineNumber}: empty canonical name.");
        if (!EntityLabels.TryParse(fields[1].Trim(), out var label)) throw new FormatException($"{source}:{lineNumber}: unknown label '{fields[1]}'.");
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { TextFolding.Fold(canonical) };
        if (fields[2].Trim().Length > 0)
        {
            foreach (string raw in fields[2].Split('|'))
            {
                string alias = raw.Trim();
                if (alias.Length == 0 || TextFolding.Fold(alias).Length == 0) throw new FormatException($"{source}:{lineNumber}: empty alias.");
                if (!seen.Add(TextFolding.Fold(alias))) throw new FormatException($"{source}:{lineNumber}: duplicate alias '{alias}' (after folding case and diacritics).");
                aliases.Add(alias);
            }
        }

        return new AliasEntry(canonical, label, aliases.AsReadOnly(), source);
    }
}
