using System.Runtime.CompilerServices;

namespace Entities.Tests.Support;

/// <summary>
/// Approved-output files: compares a rendering with <c>tests/Entities.Tests/Approved/NAME.approved.txt</c>. On a difference
/// it writes <c>NAME.received.txt</c> beside it and fails; approve a change by renaming the received file after reading it.
/// </summary>
public static class Approvals
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        string directory = FindApprovedDirectory(callerPath);
        string approvedPath = Path.Combine(directory, name + ".approved.txt");
        string receivedPath = Path.Combine(directory, name + ".received.txt");
        string normalized = actual.ReplaceLineEndings("\n");
        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(approved is null
            ? $"No approved output for '{name}'. Read {receivedPath} and rename it to {Path.GetFileName(approvedPath)} if it is right."
            : $"Output for '{name}' differs from {approvedPath}; see {receivedPath} (diff the two files).");
    }

    private static string FindApprovedDirectory(string callerPath)
    {
        // The source tree when tests run from it; the copy in the output folder otherwise.
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(callerPath) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entities.Tests.csproj"))) return Path.Combine(dir.FullName, "Approved");
        }

        return Path.Combine(AppContext.BaseDirectory, "Approved");
    }
}
