using System.Text.Json;
using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary>
/// A folder with a binary file, a dangling symbolic link and (when the test is not run by root, who can read anything) a file
/// without read permission: each gets one error line, the good files are still processed, and the exit code is 1.
/// </summary>
public sealed class ExtractErrorHandlingTests
{
    [Fact]
    public void Unreadable_and_binary_files_are_reported_and_the_rest_is_processed()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links and chmod are Unix behaviour here
        using var folder = new TempFolder();
        var good1 = folder.Write("a-good.txt", "Mme Claire Martin est arrivée à Nantes.");
        var binary = folder.WriteBytes("b-binary.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
        var dangling = Path.Combine(folder.Path, "c-dangling.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "nowhere.txt"));
        var locked = folder.Write("d-locked.txt", "Paul Girard est à Lyon.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool permissionsApply = !CanRead(locked); // false when running as root: that half is skipped below
        var good2 = folder.Write("e-good.txt", "Paul Girard travaille à la Banque de France.");

        var run = CliRun.Invoke("", "extract", folder.Path);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        var expectedErrors = new List<string> { $"entities: {binary}: binary file (NUL byte at offset 4)", $"entities: {dangling}: no such file or directory" };
        if (permissionsApply) expectedErrors.Add($"entities: {locked}: permission denied");
        Assert.Equal(expectedErrors, run.ErrorLines);
        var documents = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()!).ToArray();
        Assert.Equal(permissionsApply ? [good1, good2] : [good1, locked, good2], documents);
        if (!permissionsApply)
            Console.WriteLine($"{nameof(Unreadable_and_binary_files_are_reported_and_the_rest_is_processed)}: running as root, chmod 000 does not block reading; the permission half was skipped.");
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
