using System.Reflection;

namespace Entities.French.Data;

/// <summary>
/// Reads the French data tables embedded in this assembly (files under <c>Data/</c>, logical name
/// <c>Entities.French.Data.&lt;file&gt;</c>). One entry per line; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class FrenchDataFiles
{
    /// <summary>Prefix of every embedded data resource name.</summary>
    public const string ResourcePrefix = "Entities.French.Data.";

    private static Assembly Assembly => typeof(FrenchDataFiles).Assembly;

    /// <summary>The names (relative to <c>Data/</c>) of all embedded data files.</summary>
    public static IEnumerable<string> FileNames =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);

    /// <summary>Every raw line of <paramref name="fileName"/>, comments included.</summary>
    /// <exception cref="InvalidOperationException">The resource does not exist.</exception>
    public static IReadOnlyList<string> ReadRawLines(string fileName)
    {
        using Stream stream = Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded data file '{fileName}' was not found in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The entries of <paramref name="fileName"/>: non-blank lines that are not comments, trimmed.</summary>
    public static IEnumerable<string> ReadEntries(string fileName) =>
        ReadRawLines(fileName)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] != '#');
}
