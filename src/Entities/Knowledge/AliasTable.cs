using System.Collections.Frozen;

namespace Entities.Knowledge;

/// <summary>
/// Known entities and their names (country names in several languages, organizations and their acronyms, people with
/// transliteration variants), looked up by matching form (see <see cref="MatchKeyBuilder"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Within one label a matching form names at most one entry (the constructor throws otherwise); the same form may name
/// entries of different labels (e.g. a place and an organization), in which case a label-less lookup is ambiguous.
/// </remarks>
public sealed class AliasTable
{
    private readonly FrozenDictionary<string, AliasEntry[]> byKey;
    private readonly FrozenDictionary<string, AliasEntry[]>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    private readonly Dictionary<AliasEntry, string> canonicalKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AliasEntry, string> tableMatchKeys = new(ReferenceEqualityComparer.Instance);

    /// <summary>Builds a table from <paramref name="entries"/>, matching with <paramref name="keyBuilder"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two entries of the same label share a matching form, or a name folds to nothing.</exception>
    public AliasTable(IEnumerable<AliasEntry> entries, MatchKeyBuilder keyBuilder)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(keyBuilder);
        KeyBuilder = keyBuilder;
        Entries = entries.ToArray();
        var map = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (string name in entry.AllNames)
            {
                string key = keyBuilder.Build(name);
                if (key.Length == 0) throw new ArgumentException($"'{name}' ({entry.Source}) has no letters.", nameof(entries));
                if (ReferenceEquals(name, entry.Canonical)) canonicalKeys.TryAdd(entry, key);
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (list.Contains(entry)) continue;
                var clash = list.Find(other => other.Label == entry.Label);
                if (clash is not null)
                {
                    throw new ArgumentException(
                        $"'{name}' ({entry.Source}, {entry.Canonical}) and {clash.Canonical} ({clash.Source}) share the key '{key}' with label {entry.Label.ToCode()}.",
                        nameof(entries));
                }

                list.Add(entry);
            }
        }

        foreach (var (entry, key) in canonicalKeys) tableMatchKeys[entry] = TableKeyPrefix + (entry.Id is null ? key : "#" + entry.Id);
        byKey = map.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The prefix of the match key an entity gets from its table entry (<c>table:</c>): entities with the same table key are one.</summary>
    public const string TableKeyPrefix = "table:";

    /// <summary>An empty table.</summary>
    public static AliasTable Empty { get; } = new([], MatchKeyBuilder.FoldOnly);

    /// <summary>All entries, in file order.</summary>
    public IReadOnlyList<AliasEntry> Entries { get; }

    /// <summary>The builder that turns names into lookup keys.</summary>
    public MatchKeyBuilder KeyBuilder { get; }

    /// <summary>Finds the entry of label <paramref name="label"/> named <paramref name="surface"/> (any spelling the key builder folds together).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public bool TryGetEntry(string surface, EntityLabel label, out AliasEntry entry)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return TryGetEntryByKey(KeyBuilder.Build(surface), label, out entry);
    }

    /// <summary>Finds the only entry named <paramref name="surface"/>, whatever its label; <see langword="false"/> when none or several labels match.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public bool TryGetEntry(string surface, out AliasEntry entry)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (byKey.TryGetValue(KeyBuilder.Build(surface), out var list) && list.Length == 1)
        {
            entry = list[0];
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>All entries named <paramref name="surface"/>, one per label at most.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<AliasEntry> GetEntries(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return byKey.TryGetValue(KeyBuilder.Build(surface), out var list) ? list : [];
    }

    /// <summary>Finds the entry of label <paramref name="label"/> whose matching form is <paramref name="key"/> (already built).</summary>
    internal bool TryGetEntryByKey(string key, EntityLabel label, out AliasEntry entry)
    {
        entry = EntryOfLabel(GetEntriesByKey(key), label)!;
        return entry is not null;
    }

    /// <summary>The entry of <paramref name="label"/> among <paramref name="entries"/> (the entries of one key), if any.</summary>
    internal static AliasEntry? EntryOfLabel(AliasEntry[] entries, EntityLabel label)
    {
        foreach (var entry in entries)
        {
            if (entry.Label == label) return entry;
        }

        return null;
    }

    /// <summary>The matching form of the canonical name of <paramref name="entry"/> (built once for the table's entries).</summary>
    internal string CanonicalKeyOf(AliasEntry entry) => canonicalKeys.TryGetValue(entry, out string? key) ? key : KeyBuilder.Build(entry.Canonical);

    /// <summary>The table key (<see cref="TableKeyPrefix"/> + the canonical name's key, or <c>#</c> + <see cref="AliasEntry.Id"/>) of <paramref name="entry"/> (built once for the table's entries).</summary>
    internal string TableMatchKeyOf(AliasEntry entry) =>
        tableMatchKeys.TryGetValue(entry, out string? key) ? key : TableKeyPrefix + (entry.Id is null ? CanonicalKeyOf(entry) : "#" + entry.Id);

    /// <summary>All labels under which <paramref name="key"/> (a matching form) names an entry.</summary>
    internal AliasEntry[] GetEntriesByKey(string key) => byKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>All labels under which <paramref name="key"/> (a matching form) names an entry.</summary>
    internal IReadOnlyList<AliasEntry> GetEntriesByKey(ReadOnlySpan<char> key) => byKeySpan.TryGetValue(key, out var list) ? list : [];
}
