namespace Entities.Tests.Support;

/// <summary>Locates /work/shared/data (env var ENTITIES_SHARED_DATA, or a shared/data folder beside a parent directory).</summary>
internal static class SharedData
{
    public static string? Directory { get; } = Find();

    private static string? Find()
    {
        string? env = Environment.GetEnvironmentVariable("ENTITIES_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
                if (System.IO.Directory.Exists(Path.Combine(candidate, "ner"))) return Path.GetFullPath(candidate);
        }

        return null;
    }
}

/// <summary>A fact that is skipped when the shared corpora are absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null) Skip = "Shared data not found (set ENTITIES_SHARED_DATA).";
    }
}
