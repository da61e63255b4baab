using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Entities.Cli.Input;

/// <summary>
/// Reads a document as UTF-8 text. A leading byte-order mark is dropped (offsets count from the character after it).
/// Rejects binary content (any NUL byte) and invalid UTF-8 with a one-line reason instead of guessing.
/// </summary>
internal static class DocumentReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads <paramref name="source"/>; standard input is read from <paramref name="standardInput"/>.</summary>
    /// <param name="source">The document.</param>
    /// <param name="standardInput">The reader standing for standard input.</param>
    /// <param name="text">The document's text when the read succeeds.</param>
    /// <param name="error">Why the document cannot be read, when it fails.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public static bool TryRead(InputSource source, TextReader standardInput, out string text, out string error)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(standardInput);
        return source.FilePath is null
            ? TryReadStandardInput(standardInput, out text, out error)
            : TryReadFile(source.FilePath, out text, out error);
    }

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 text, rejecting NUL bytes and invalid sequences.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        text = string.Empty;
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"binary file (NUL byte at offset {nul})";
            return false;
        }

        int skipped = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var body = bytes[skipped..];
        if (!Utf8.IsValid(body))
        {
            error = $"invalid UTF-8 at byte offset {skipped + FirstInvalidByte(body)}";
            return false;
        }

        // Decoded straight into the string: no intermediate buffer the size of the document.
        text = Encoding.UTF8.GetString(body);
        error = string.Empty;
        return true;
    }

    /// <summary>The offset of the first byte of <paramref name="bytes"/> that is not valid UTF-8, decoding in small pieces.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int at = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[at..], buffer, out int read, out _, replaceInvalidSequences: false);
                at += read;
                if (status != OperationStatus.DestinationTooSmall) return at;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryReadFile(string path, out string text, out string error)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            text = string.Empty;
            error = InputErrorReasons.Describe(ex);
            return false;
        }

        return TryDecode(bytes, out text, out error);
    }

    private static bool TryReadStandardInput(TextReader reader, out string text, out string error)
    {
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            error = "invalid UTF-8";
            return false;
        }
        catch (IOException ex)
        {
            text = string.Empty;
            error = InputErrorReasons.Describe(ex);
            return false;
        }

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        int nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            text = string.Empty;
            error = $"binary input (NUL character at offset {nul})";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
