using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Entities.Sqlite;

/// <summary>
/// Writes a batch's rows as one JSON array of arrays, the parameter that the writer's statements read with <c>json_each</c>.
/// Written field by field (no reflection), so the tool can be compiled ahead of time.
/// </summary>
internal static class JsonRows
{
    /// <summary>The rows as <c>[[…],[…]]</c>; <paramref name="writeFields"/> writes one row's fields in column order.</summary>
    public static string Write<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> writeFields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                writeFields(writer, row);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
