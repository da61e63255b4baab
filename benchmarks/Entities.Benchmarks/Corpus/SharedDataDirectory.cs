namespace Entities.Benchmarks.Corpus;

/// <summary>
/// Finds the shared data folder (corpora, never committed): the <c>ENTITIES_SHARED_DATA</c> environment variable, else
/// for each parent P of the current and base directories, <c>P/shared/data</c> or <c>P/../shared/data</c>.
/// </summary>
internal static class SharedDataDirectory
{
    /// <summary>The environment variable that names the shared data folder.</summary>
    public const string EnvironmentVariable = "ENTITIES_SHARED_DATA";

    /// <summary>Returns the shared data folder, or <see langword="null"/> when none is found.</summary>
    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(directory.FullName, "shared", "data"), Path.Combine(directory.FullName, "..", "shared", "data") })
                {
                    if (Directory.Exists(Path.Combine(candidate, "ner"))) return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
