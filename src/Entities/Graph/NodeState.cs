using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Graph;

/// <summary>The mutable state of one graph node; only touched under the graph's lock.</summary>
internal sealed class NodeState
{
    private readonly Dictionary<string, int> _aliases = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<(int Document, int Start, int End)> _mentions = [];
    private List<string>? _mergedIds;
    private EntityNode? _cached;
    private string _canonicalName;

    public NodeState(long number, EntityLabel label, string initialName)
    {
        Number = number;
        Id = FormatId(number);
        Label = label;
        _canonicalName = initialName;
    }

    /// <summary>Creation number; <see cref="Id"/> is <c>e</c> + this number.</summary>
    public long Number { get; }

    public string Id { get; }

    public EntityLabel Label { get; }

    public IReadOnlyCollection<string> Keys => _keys;

    public IEnumerable<string> AliasNames => _aliases.Keys;

    /// <summary>Index of the last document that mentioned the node, to count documents once.</summary>
    public int LastDocument { get; private set; } = -1;

    public int DocumentCount { get; private set; }

    public int MentionCount => _mentions.Count;

    public static string FormatId(long number) => "e" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParseId(string id, out long number)
    {
        number = 0;
        return id.Length > 1 && id[0] == 'e' && char.IsAsciiDigit(id[1]) && id[1] != '0'
            && long.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    public void AddKey(string key)
    {
        if (_keys.Add(key)) _cached = null;
    }

    public bool AddAlias(string alias, int count)
    {
        ref int total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_aliases, alias, out bool exists);
        total += count;
        _cached = null;
        return !exists;
    }

    /// <summary>Records an id this node consolidated when it was saved (restored graphs only).</summary>
    public void AddMergedId(string id)
    {
        (_mergedIds ??= []).Add(id);
        _cached = null;
    }

    public void AddMention(int document, int start, int end)
    {
        _mentions.Add((document, start, end));
        _cached = null;
    }

    /// <summary>Counts <paramref name="document"/> once, however many entities of it link here.</summary>
    public void TouchDocument(int document)
    {
        if (LastDocument == document) return;
        LastDocument = document;
        DocumentCount++;
        _cached = null;
    }

    /// <summary>Restores a persisted document count (the last document is unknown and never merged again).</summary>
    public void RestoreDocumentCount(int count)
    {
        DocumentCount = count;
        _cached = null;
    }

    public string CanonicalName => _canonicalName;

    /// <summary>Alias names, most frequent first, then ordinal.</summary>
    public string[] AliasesByFrequency()
    {
        // Called for every entity of every merged document: one array of pairs, sorted in place, no LINQ buffers.
        if (_aliases.Count == 1)
        {
            foreach (var alias in _aliases.Keys) return [alias];
        }

        var pairs = new KeyValuePair<string, int>[_aliases.Count];
        int i = 0;
        foreach (var pair in _aliases) pairs[i++] = pair;
        Array.Sort(pairs, static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var names = new string[pairs.Length];
        for (i = 0; i < pairs.Length; i++) names[i] = pairs[i].Key;
        return names;
    }

    public void RecomputeCanonicalName()
    {
        _canonicalName = CanonicalNameSelector.Select(_aliases, _canonicalName);
        _cached = null;
    }

    public EntityNode ToRecord(IReadOnlyList<string> documentIds)
    {
        if (_cached is not null) return _cached;
        var aliases = _aliases
            .OrderByDescending(a => a.Value)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new AliasCount(a.Key, a.Value))
            .ToArray();
        var mentions = new MentionLocation[_mentions.Count];
        for (int i = 0; i < mentions.Length; i++)
        {
            var (document, start, end) = _mentions[i];
            mentions[i] = new MentionLocation(documentIds[document], start, end);
        }

        return _cached = new EntityNode(Id, Label, _canonicalName, aliases.AsReadOnly(), _keys.ToArray().AsReadOnly(), mentions.AsReadOnly(), DocumentCount)
        {
            MergedIds = _mergedIds is null ? [] : _mergedIds.ToArray().AsReadOnly(),
        };
    }
}
