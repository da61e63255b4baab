using Entities.Graph.Persistence;

namespace Entities.Graph.Export;

/// <summary>Writes the graph in the persistence format of <see cref="EntityGraphJson"/>, which can be loaded back.</summary>
public sealed class JsonGraphExporter : IGraphExporter
{
    /// <inheritdoc />
    public string FormatName => "JSON";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public void Export(EntityGraphSnapshot snapshot, Stream stream) => EntityGraphJson.Write(snapshot, stream);
}
