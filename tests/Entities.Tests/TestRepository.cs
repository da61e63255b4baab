namespace Entities.Tests;

/// <summary>Where the clone the tests run from lies.</summary>
internal static class TestRepository
{
    /// <summary>The clone's root, found above the test binaries (source paths are mapped to <c>/_/</c> in CI builds).</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entities.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Entities.sln not found above " + AppContext.BaseDirectory);
    }
}
