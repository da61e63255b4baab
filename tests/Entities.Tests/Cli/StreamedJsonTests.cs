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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DocumentsStreamedOneAfterAnotherAreTheirRenderings(bool lines)
    {
        // One output reuses its buffer for every document: a long document full of multi-byte characters between two short
        // ones leaves nothing behind for the next.
        var format = lines ? ExtractionFormat.JsonLines : ExtractionFormat.Json;
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions());
        string longText = string.Concat(Enumerable.Repeat("Élisabeth Brûlé a quitté Besançon pour Zürich. 😀 ", 3_000));
        var documents = new[]
        {
            ("a.txt", extractor.ExtractEntities("Mme Lefèvre a rencontré le maire de Lyon.")),
            ("b.txt", extractor.ExtractEntities(longText)),
            ("c.txt", extractor.ExtractEntities("La CGT et FO manifestent à Rennes.")),
        };
        using var streamed = new StringWriter();
        var output = new ExtractionOutput(streamed, format);
        using var rendered = new StringWriter();
        var reference = new ExtractionOutput(rendered, format);
        foreach (var (name, result) in documents)
        {
            output.Write(name, result);
            reference.Write(reference.Render(name, result));
        }

        output.Complete();
        reference.Complete();
        Assert.Equal(rendered.ToString(), streamed.ToString());
        Assert.True(streamed.ToString().Length > 64 * 1024);
    }
}
