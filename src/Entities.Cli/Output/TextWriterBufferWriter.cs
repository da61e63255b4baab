using System.Buffers;
using System.Text;

namespace Entities.Cli.Output;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of UTF-8 bytes that hands what is written to a <see cref="TextWriter"/> in pieces of at
/// most 64 KB, so that a <see cref="System.Text.Json.Utf8JsonWriter"/> streams a document's JSON however large it is, instead
/// of building it whole in memory. <see cref="Flush"/> writes what is left.
/// </summary>
internal sealed class TextWriterBufferWriter(TextWriter writer) : IBufferWriter<byte>
{
    private const int Size = 64 * 1024;
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private byte[] bytes = new byte[Size];
    private readonly char[] chars = new char[Size + 4];
    private int length;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return bytes.AsMemory(length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return bytes.AsSpan(length);
    }

    /// <summary>Writes the bytes held to the text writer (a character cut between two pieces waits for the next).</summary>
    public void Flush()
    {
        int at = 0;
        while (at < length)
        {
            decoder.Convert(bytes, at, length - at, chars, 0, chars.Length, flush: false, out int used, out int produced, out _);
            writer.Write(chars, 0, produced);
            at += used;
        }

        length = 0;
    }

    private void Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (bytes.Length - length >= sizeHint) return;
        Flush();
        if (bytes.Length < sizeHint) bytes = new byte[sizeHint];
    }
}
