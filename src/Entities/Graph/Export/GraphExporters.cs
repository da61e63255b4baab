using System.Diagnostics.CodeAnalysis;
using Entities.Graph.Persistence;

namespace Entities.Graph.Export;

/// <summary>The available exporters, chosen by file extension (<c>.json</c>, <c>.graphml</c>, <c>.gexf</c>, <c>.dot</c>).</summary>
public static class GraphExporters
{
    /// <summary>One exporter per format.</summary>
    public static IReadOnlyList<IGraphExporter> All { get; } =
        [new JsonGraphExporter(), new GraphMLExporter(), new GexfExporter(), new DotExporter()];

    /// <summary>Finds the exporter for the extension of <paramref name="path"/> (case-insensitive).</summary>
    /// <returns><see langword="true"/> when the extension is supported.</returns>
    public static bool TryGetForPath(string path, [NotNullWhen(true)] out IGraphExporter? exporter)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        exporter = All.FirstOrDefault(e => string.Equals(e.FileExtension, extension, StringComparison.OrdinalIgnoreCase));
        return exporter is not null;
    }

    /// <summary>Returns the exporter for the extension of <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The extension is not supported.</exception>
    public static IGraphExporter ForPath(string path) =>
        TryGetForPath(path, out var exporter)
            ? exporter
            : throw new ArgumentException(
                $"Cannot export to '{path}': unknown extension (use {string.Join(", ", All.Select(e => e.FileExtension))}).", nameof(path));

    /// <summary>Exports <paramref name="snapshot"/> to <paramref name="path"/> in the format its extension names, through a temporary file and a rename.</summary>
    /// <exception cref="ArgumentException">The extension is not supported.</exception>
    public static void ExportToFile(EntityGraphSnapshot snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var exporter = ForPath(path);
        AtomicFile.Write(path, stream => exporter.Export(snapshot, stream));
    }
}
