using Entities.Knowledge;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entities.Resolution;

namespace Entities.Graph.Persistence;

/// <summary>
/// Saves and loads an <see cref="EntityGraph"/> as JSON: <c>{"format":"entities-graph","formatVersion":1,"documents":[…],"nodes":[…],"edges":[…]}</c>.
/// Output is deterministic (same graph, same bytes); a loaded graph continues its ids and key tables when more documents are merged.
/// </summary>
public static class EntityGraphJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "entities-graph";

    /// <summary>The format version written, and the newest one read.</summary>
    public const int FormatVersion = 1;

    /// <summary>Saves <paramref name="graph"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Save(EntityGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Save(graph.Snapshot(), path);
    }

    /// <summary>Saves <paramref name="snapshot"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Save(EntityGraphSnapshot snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, stream => Write(snapshot, stream));
    }

    /// <summary>
    /// Writes <paramref name="snapshot"/> as UTF-8 JSON to <paramref name="stream"/> (left open), indented by two spaces.
    /// Non-ASCII characters are written as they are (<c>"Hélène"</c>, not <c>"H\u00E9l\u00E8ne"</c>); only quotes,
    /// backslashes and control characters are escaped. An alias known only from the alias tables (count 0) is marked
    /// <c>"source": "table"</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(EntityGraphSnapshot snapshot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        JsonSerializer.Serialize(writer, ToModel(snapshot), GraphJsonContext.Default.GraphJsonModel);
    }

    /// <summary>
    /// The layout of saved files: two-space indentation, <c>\n</c> line ends, and the relaxed encoder, which leaves
    /// non-ASCII text as UTF-8. Its HTML-sensitive characters (<c>&lt;</c>, <c>&amp;</c>, <c>'</c>) are harmless in a file that is
    /// never embedded in a web page unescaped.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>Loads a graph saved by <see cref="Save(EntityGraph, string)"/>.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="options">Key weighting for further merges; <see cref="EntityGraphOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="GraphFormatException">The file is not valid JSON, not a graph, of a newer format version, or inconsistent.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static EntityGraph Load(string path, EntityGraphOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, options);
    }

    /// <summary>Reads a graph from a JSON stream.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="sourceName">Name used in error messages (a file path).</param>
    /// <param name="options">Key weighting for further merges.</param>
    /// <exception cref="GraphFormatException">The content is not valid JSON, not a graph, of a newer format version, or inconsistent.</exception>
    public static EntityGraph Read(Stream stream, string sourceName, EntityGraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        GraphJsonModel? model;
        try
        {
            model = JsonSerializer.Deserialize(stream, GraphJsonContext.Default.GraphJsonModel);
        }
        catch (JsonException e)
        {
            throw new GraphFormatException(sourceName, $"not valid JSON ({e.Message})", e);
        }

        if (model is null || !string.Equals(model.Format, FormatName, StringComparison.Ordinal))
        {
            throw new GraphFormatException(sourceName, $"the \"format\" field is not \"{FormatName}\".");
        }

        if (model.FormatVersion < 1 || model.FormatVersion > FormatVersion)
        {
            throw new GraphFormatException(sourceName, $"format version {model.FormatVersion} is not supported (this library reads 1 to {FormatVersion}).");
        }

        try
        {
            return EntityGraph.FromSnapshot(ToSnapshot(model), options);
        }
        catch (InvalidDataException e)
        {
            throw new GraphFormatException(sourceName, e.Message, e);
        }
    }

    private static GraphJsonModel ToModel(EntityGraphSnapshot snapshot) => new()
    {
        Format = FormatName,
        FormatVersion = FormatVersion,
        Documents = [.. snapshot.DocumentIds],
        Nodes = [.. snapshot.Nodes.Select(n => new NodeJson
        {
            Id = n.Id,
            Label = n.Label.ToCode(),
            CanonicalName = n.CanonicalName,
            DocumentCount = n.DocumentCount,
            Aliases = [.. n.Aliases.Select(a => new AliasJson { Alias = a.Alias, Count = a.Count, Source = a.Count == 0 ? "table" : null })],
            Keys = [.. n.Keys],
            MergedIds = n.MergedIds.Count == 0 ? null : [.. n.MergedIds],
            Mentions = [.. n.Mentions.Select(m => new MentionJson { Document = m.DocumentId, Start = m.Start, End = m.End })],
        })],
        Edges = [.. snapshot.Edges.Select(e => new EdgeJson { Source = e.Source, Target = e.Target, Sentences = e.SentenceCount, Documents = e.DocumentCount })],
        Roles = snapshot.Roles.Count == 0 ? null : [.. snapshot.Roles.Select(r => new RoleJson { Person = r.Person, Role = r.Role, Target = r.Target, Place = r.Place, Count = r.Count, Documents = [.. r.Documents] })],
    };

    private static EntityGraphSnapshot ToSnapshot(GraphJsonModel model)
    {
        var nodes = (model.Nodes ?? throw new InvalidDataException("the \"nodes\" field is missing.")).Select(ToNode).ToArray();
        var edges = (model.Edges ?? throw new InvalidDataException("the \"edges\" field is missing."))
            .Select(e => e is null ? throw new InvalidDataException("an edge is null.") : new EntityEdge(e.Source!, e.Target!, e.Sentences, e.Documents))
            .ToArray();
        var documents = model.Documents ?? throw new InvalidDataException("the \"documents\" field is missing.");
        var roles = (model.Roles ?? [])
            .Select(r => r is null || r.Person is null || r.Role is null || r.Documents is null
                ? throw new InvalidDataException("a role edge is null or lacks its person, role or documents.")
                : new RoleEdge(r.Person, r.Role, r.Target, r.Place, r.Count, r.Documents))
            .ToArray();
        return new EntityGraphSnapshot(nodes, edges, documents) { Roles = roles };
    }

    private static EntityNode ToNode(NodeJson? node)
    {
        if (node is null) throw new InvalidDataException("a node is null.");
        if (!EntityLabels.TryParse(node.Label, out var label))
        {
            throw new InvalidDataException($"node '{node.Id}' has unknown label '{node.Label}'.");
        }

        return new EntityNode(
            node.Id!,
            label,
            node.CanonicalName!,
            (node.Aliases ?? throw new InvalidDataException($"node '{node.Id}' has no \"aliases\"."))
                .Select(a => a is null ? throw new InvalidDataException($"node '{node.Id}' has a null alias.") : new AliasCount(a.Alias!, a.Count)).ToArray(),
            node.Keys ?? throw new InvalidDataException($"node '{node.Id}' has no \"keys\"."),
            (node.Mentions ?? throw new InvalidDataException($"node '{node.Id}' has no \"mentions\"."))
                .Select(m => m is null ? throw new InvalidDataException($"node '{node.Id}' has a null mention.") : new MentionLocation(m.Document!, m.Start, m.End)).ToArray(),
            node.DocumentCount)
        {
            MergedIds = node.MergedIds ?? [],
        };
    }
}
