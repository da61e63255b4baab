using System.Security.Cryptography;
using System.Text;

namespace Entities.Fuzz;

/// <summary>
/// Saves failing inputs as <c>&lt;hash&gt;.txt</c> (UTF-16 with a byte-order mark, so lone surrogates survive exactly) and the
/// problems next to them as <c>&lt;hash&gt;.problems.txt</c>. Thread-safe; each distinct input is saved once.
/// </summary>
internal sealed class FailureStore(string directory)
{
    private static readonly Encoding Utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: false);
    private readonly HashSet<string> saved = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public int Count
    {
        get { lock (gate) return saved.Count; }
    }

    /// <summary>Saves the input; returns its file path, or <see langword="null"/> when it was already saved.</summary>
    public string? Save(string text, IReadOnlyList<string> problems)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Utf16Bytes(text)))[..16];
        lock (gate)
        {
            if (!saved.Add(hash)) return null;
            Directory.CreateDirectory(directory);
            string path = Path.Combine(directory, hash + ".txt");
            File.WriteAllBytes(path, [.. Utf16.GetPreamble(), .. Utf16.GetBytes(text)]);
            File.WriteAllText(Path.Combine(directory, hash + ".problems.txt"),
                $"Input (escaped): {ExtractionInvariants.Escape(text)}\n\n" + string.Join("\n", problems) + "\n");
            return path;
        }
    }

    /// <summary>Reads a saved input back exactly.</summary>
    public static string Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int skip = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? 2 : 0;
        return Utf16.GetString(bytes, skip, bytes.Length - skip);
    }

    private static byte[] Utf16Bytes(string text) => Utf16.GetBytes(text);
}
