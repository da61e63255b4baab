namespace Entities.Graph.Export;

/// <summary>Writes an entity graph in one file format. Implementations are stateless and thread-safe; output is deterministic.</summary>
public interface IGraphExporter
{
    /// <summary>Short name of the format (<c>GraphML</c>, <c>GEXF</c>, <c>DOT</c>, <c>JSON</c>).</summary>
    string FormatName { get; }

    /// <summary>The file extension the format is chosen by, with its dot and in lower case (<c>.graphml</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="stream"/> as UTF-8 (without byte order mark); the stream is left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    void Export(EntityGraphSnapshot snapshot, Stream stream);
}
