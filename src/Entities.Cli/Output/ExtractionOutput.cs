namespace Entities.Cli.Output;

/// <summary>Writes rendered documents in input order, adding the punctuation a format needs between them (the JSON array's brackets and commas).</summary>
internal sealed class ExtractionOutput
{
    private readonly TextWriter writer;
    private readonly ExtractionFormat format;

    /// <summary>The JSON formats' byte buffer (128 KB with its characters), made once and reused for every document, not allocated per document.</summary>
    private TextWriterBufferWriter? buffer;
    private int written;

    /// <summary>Creates an output over <paramref name="writer"/>.</summary>
    public ExtractionOutput(TextWriter writer, ExtractionFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        this.writer = writer;
        this.format = format;
    }

    /// <summary>Renders one document in the output's format (no separators; safe to call from several threads).</summary>
    public string Render(string document, ExtractionResult result) => format switch
    {
        ExtractionFormat.Text => ExtractionText.Render(document, result),
        ExtractionFormat.Table => ExtractionTable.Render(document, result),
        _ => ExtractionJson.Render(document, result),
    };

    /// <summary>
    /// Renders and writes one document, in input order: the JSON formats are streamed to the writer as they are produced (a
    /// document's output is never held whole in memory), the others rendered first. Called from one thread at a time.
    /// </summary>
    public void Write(string document, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        if (format is not (ExtractionFormat.Json or ExtractionFormat.JsonLines))
        {
            Write(Render(document, result));
            return;
        }

        Before();
        buffer ??= new TextWriterBufferWriter(writer);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            ExtractionJson.Write(json, document, result);
        }

        buffer.Flush();
        After();
    }

    /// <summary>Writes a document rendered by <see cref="Render"/>.</summary>
    public void Write(string rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        Before();
        writer.Write(rendered);
        After();
    }

    /// <summary>What a format writes before a document: the JSON array's opening bracket or comma.</summary>
    private void Before()
    {
        if (format == ExtractionFormat.Json) writer.Write(written == 0 ? "[\n" : ",\n");
    }

    /// <summary>What a format writes after a document: the JSON Lines newline; counts the document.</summary>
    private void After()
    {
        if (format == ExtractionFormat.JsonLines) writer.Write('\n');
        written++;
    }

    /// <summary>Ends the output (closes the JSON array; <c>[]</c> when no document was written).</summary>
    public void Complete()
    {
        if (format != ExtractionFormat.Json) return;
        writer.Write(written == 0 ? "[]\n" : "\n]\n");
    }
}
