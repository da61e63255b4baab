using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Entities.Cli.Output;

/// <summary>Builds compact JSON text with <see cref="Utf8JsonWriter"/>: non-ASCII characters are written as is, not as <c>\uXXXX</c>.</summary>
internal static class JsonText
{
    /// <summary>Writer options shared by every JSON output of the CLI.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the JSON it produced.</summary>
    public static string Build<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Rounds a score to 4 decimals, the precision of every score in the output.</summary>
    public static double RoundScore(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);
}
