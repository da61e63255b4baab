using System.Text.Json.Serialization;

namespace Entities.Graph.Persistence;

/// <summary>The JSON shape of a saved graph (format version 1).</summary>
internal sealed class GraphJsonModel
{
    [JsonPropertyName("format")] public string? Format { get; set; }
    [JsonPropertyName("formatVersion")] public int FormatVersion { get; set; }
    [JsonPropertyName("documents")] public List<string>? Documents { get; set; }
    [JsonPropertyName("nodes")] public List<NodeJson>? Nodes { get; set; }
    [JsonPropertyName("edges")] public List<EdgeJson>? Edges { get; set; }

    /// <summary>The role edges; absent when there are none (and in files written before roles).</summary>
    [JsonPropertyName("roles")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RoleJson>? Roles { get; set; }
}

internal sealed class RoleJson
{
    [JsonPropertyName("person")] public string? Person { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }

    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Target { get; set; }

    [JsonPropertyName("place")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Place { get; set; }

    [JsonPropertyName("count")] public int Count { get; set; }
    [JsonPropertyName("documents")] public List<string>? Documents { get; set; }
}

internal sealed class NodeJson
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("canonicalName")] public string? CanonicalName { get; set; }
    [JsonPropertyName("documentCount")] public int DocumentCount { get; set; }
    [JsonPropertyName("aliases")] public List<AliasJson>? Aliases { get; set; }
    [JsonPropertyName("keys")] public List<string>? Keys { get; set; }

    /// <summary>The linking-node ids this node consolidates (<c>EntityNode.MergedIds</c>); absent when none.</summary>
    [JsonPropertyName("mergedIds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? MergedIds { get; set; }

    [JsonPropertyName("mentions")] public List<MentionJson>? Mentions { get; set; }
}

internal sealed class AliasJson
{
    [JsonPropertyName("alias")] public string? Alias { get; set; }
    [JsonPropertyName("count")] public int Count { get; set; }

    /// <summary><c>"table"</c> for an alias known only from the alias tables (count 0); absent otherwise. Ignored when read.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; set; }
}

internal sealed class MentionJson
{
    [JsonPropertyName("document")] public string? Document { get; set; }
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("end")] public int End { get; set; }
}

internal sealed class EdgeJson
{
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("target")] public string? Target { get; set; }
    [JsonPropertyName("sentences")] public int Sentences { get; set; }
    [JsonPropertyName("documents")] public int Documents { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = true, IndentSize = 2, NewLine = "\n", UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GraphJsonModel))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
