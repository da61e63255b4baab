
namespace Entities.Knowledge;

/// <summary>
/// Names a user adds on top of a language pack's built-in tables: entries (a name, its label, its aliases and an optional
/// external id), which the rule layer tags where the model misses them, the resolver groups and the linker joins; and
/// exclusions, strings never returned as mentions (<c>Read More</c>, a product name the model keeps tagging). Immutable.
/// </summary>
/// <remarks>
/// A user entry replaces a built-in entry of the same label that shares one of its names. Exclusions match the whole mention
/// text, ignoring case and diacritics (<c>read more</c> excludes <c>Read More</c>).
/// </remarks>
public sealed class UserKnowledge
{
    /// <summary>The header of a knowledge file.</summary>
    public const string Header = "name\tlabel\taliases\tid";

    /// <summary>The label column value that makes a line an exclusion.</summary>
    public const string ExcludeLabel = "EXCLUDE";

    /// <summary>Creates user knowledge from entries and exclusions.</summary>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An exclusion has no letter or digit.</exception>
    public UserKnowledge(IEnumerable<AliasEntry>? entries = null, IEnumerable<string>? exclusions = null)
    {
        Entries = [.. entries ?? []];
        foreach (var entry in Entries) ArgumentNullException.ThrowIfNull(entry, nameof(entries));
        Exclusions = [.. exclusions ?? []];
        foreach (string exclusion in Exclusions)
        {
            ArgumentNullException.ThrowIfNull(exclusion, nameof(exclusions));
            if (TextFolding.Fold(exclusion).Length == 0) throw new ArgumentException($"The exclusion '{exclusion}' has no letter or digit.", nameof(exclusions));
        }
    }

    /// <summary>No entries, no exclusions.</summary>
    public static UserKnowledge Empty { get; } = new();

    /// <summary>The user's entries.</summary>
    public IReadOnlyList<AliasEntry> Entries { get; }

    /// <summary>Strings never returned as mentions.</summary>
    public IReadOnlyList<string> Exclusions { get; }

    /// <summary>True when there are neither entries nor exclusions.</summary>
    public bool IsEmpty => Entries.Count == 0 && Exclusions.Count == 0;

    /// <summary>
    /// Reads a knowledge file: UTF-8 TSV with the header <c>name&lt;TAB&gt;label&lt;TAB&gt;aliases&lt;TAB&gt;id</c>, one line per
    /// entry (label <c>PER</c>, <c>LOC</c>, <c>ORG</c> or <c>MISC</c>; aliases separated by <c>|</c>; id optional) or per
    /// exclusion (label <c>EXCLUDE</c>, other columns empty); blank lines and lines starting with <c>#</c> are skipped. The id
    /// and aliases columns may be left out.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static UserKnowledge Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Parse(reader, path);
    }

    /// <summary>Parses a knowledge file (see <see cref="Load"/>).</summary>
    /// <param name="reader">The content.</param>
    /// <param name="source">A name for error messages and <see cref="AliasEntry.Source"/>.</param>
    /// <exception cref="FormatException">A line is malformed; the message names the source and line.</exception>
    public static UserKnowledge Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var entries = new List<AliasEntry>();
        var exclusions = new List<string>();
        bool headerSeen = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!headerSeen)
            {
                if (!Header.StartsWith(line.TrimEnd('\t'), StringComparison.Ordinal) || !line.StartsWith("name\tlabel", StringComparison.Ordinal))
                    throw new FormatException($"{source}:{lineNumber}: expected the header '{Header.Replace("\t", "<TAB>", StringComparison.Ordinal)}'.");
                headerSeen = true;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 4) throw new FormatException($"{source}:{lineNumber}: expected 2 to 4 tab-separated columns, found {fields.Length}.");
            string name = fields[0].Trim();
            if (TextFolding.Fold(name).Length == 0) throw new FormatException($"{source}:{lineNumber}: the name has no letter or digit.");
            string label = fields[1].Trim();
            string aliases = fields.Length > 2 ? fields[2].Trim() : "";
            string id = fields.Length > 3 ? fields[3].Trim() : "";
            if (label == ExcludeLabel)
            {
                if (aliases.Length > 0 || id.Length > 0) throw new FormatException($"{source}:{lineNumber}: an exclusion has no aliases or id.");
                exclusions.Add(name);
                continue;
            }

            // The entry columns follow the alias-table format, so its reader checks them the same way.
            string row = string.Join('\t', name, label, aliases);
            AliasEntry entry;
            try
            {
                entry = AliasTableReader.Parse(new StringReader(AliasTableReader.Header + "\n" + row), source)[0];
            }
            catch (FormatException e)
            {
                throw new FormatException($"{source}:{lineNumber}: {e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]}", e);
            }

            entries.Add(id.Length == 0 ? entry : entry with { Id = id });
        }

        if (!headerSeen) throw new FormatException($"{source}: no header line.");
        return new UserKnowledge(entries, exclusions);
    }

    /// <summary>
    /// Combines built-in entries with the user's: a built-in entry is dropped when a user entry of the same label shares one of
    /// its names (compared by <paramref name="keyBuilder"/>); the user's entries come first.
    /// </summary>
    public IEnumerable<AliasEntry> OnTopOf(IEnumerable<AliasEntry> builtIn, MatchKeyBuilder keyBuilder)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(keyBuilder);
        var taken = new HashSet<(EntityLabel, string)>();
        foreach (var entry in Entries)
        {
            foreach (string name in entry.AllNames) taken.Add((entry.Label, keyBuilder.Build(name)));
        }

        return Entries.Concat(builtIn.Where(entry => !entry.AllNames.Any(name => taken.Contains((entry.Label, keyBuilder.Build(name))))));
    }
}
