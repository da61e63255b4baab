using System.Text.Json;
using Entities.Cli.Output;

namespace Entities.Tests.Cli;

/// <summary>The JSON formats stream a document's output in pieces: the bytes are those of the whole rendering.</summary>
public sealed class StreamedJsonTests
{
    [Fact]
    public void PiecesCutInsideACharacterAreJoinedAgain()
    {
        string value = string.Concat(Enumerable.Repeat("é€😀a", 40_000));   // 2-, 3- and 4-byte characters over many 64 KB pieces
        using var text = new StringWriter();
        var buffer = new TextWriterBufferWriter(text);
        using (var json = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("v", value);
            json.WriteEndObject();
        }

        buffer.Flush();
        Assert.Equal(JsonText.Build(value, static (w, v) => { w.WriteStartObject(); w.WriteString("v", v); w.WriteEndObject(); }), text.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AStreamedDocumentIsItsRendering(bool lines)
    {
        var format = lines ? ExtractionFormat.JsonLines : ExtractionFormat.Json;
        var result = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions { Graph = new Entities.Graph.EntityGraph() })
            .ExtractEntities("Christine Lagarde, présidente de la BCE, est à Francfort avec Mark Rutte.", "a");
        using var streamed = new StringWriter();
        var output = new ExtractionOutput(streamed, format);
        output.Write("a.txt", result);
        output.Complete();
        using var rendered = new StringWriter();
        var reference = new ExtractionOutput(rendered, format);
        reference.Write(reference.Render("a.txt", result));
        reference.Complete();
        Assert.Equal(rendered.ToString(), streamed.ToString());
        Assert.Contains("\"roles\"", streamed.ToString(), StringComparison.Ordinal);
    }
}
