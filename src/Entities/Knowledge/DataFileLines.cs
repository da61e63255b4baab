namespace Entities.Knowledge;

/// <summary>
/// The lines of a tab-separated data file whose header is optional (transliteration rules, place senses): each line split at
/// tabs with its number (from 1), blank lines and <c>#</c> comments skipped, and the first line whose first field is the
/// header's skipped too.
/// </summary>
internal static class DataFileLines
{
    /// <summary>The data lines of <paramref name="reader"/>; <paramref name="headerField"/> is the first field of the optional header (<c>from</c>).</summary>
    public static IEnumerable<(int LineNumber, string[] Fields)> Read(TextReader reader, string headerField)
    {
        int lineNumber = 0;
        bool headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (!headerSeen && fields[0] == headerField) { headerSeen = true; continue; }
            yield return (lineNumber, fields);
        }
    }
}
