namespace Entities.Graph.Persistence;

/// <summary>Writes a file through a temporary sibling then a rename, so readers never see a half-written file.</summary>
/// <remarks>
/// The temporary file has one fixed name per target, <c>.NAME.tmp</c> in the same folder, not a random one: a process killed
/// between the write and the rename leaves that file behind, and the next write of the same target reuses (truncates) and
/// renames it, so stale temporary files never pile up and no age-based clean-up is needed. It is opened without sharing (an
/// advisory lock on Unix) before being truncated, so a concurrent write of the same target fails with an
/// <see cref="IOException"/> instead of mixing the two. The <c>entities</c> command names its temporary files the same way.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Calls <paramref name="write"/> on a temporary file next to <paramref name="path"/>, then moves it over <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The temporary file is being written by another process, or the write failed.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = Path.GetFullPath(path);
        if (IsSpecialFile(fullPath))
        {
            // A device, a terminal or a pipe (/dev/null, /dev/stdout): written in place; a file renamed over it would replace it.
            using var device = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(device);
            device.Flush();
            return;
        }

        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = TemporaryPathFor(fullPath);
        var stream = new FileStream(temp, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        try
        {
            using (stream)
            {
                stream.SetLength(0);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Whether <paramref name="fullPath"/> is no regular file but a device, a terminal or a pipe (under <c>/dev</c>, a
    /// process's descriptor under <c>/proc</c>, or a link there). The CLI's <c>OutputFile</c> has the same test (this class is not public API).
    /// </summary>
    public static bool IsSpecialFile(string fullPath)
    {
        if (OperatingSystem.IsWindows()) return false;
        if (IsUnderDevOrProc(fullPath)) return true;
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true) is { } final && IsUnderDevOrProc(final.FullName);
        }
        catch (IOException)
        {
            return false;
        }

        // /dev/null, /dev/stdout, /dev/tty; a process's descriptors (/dev/stdout → /proc/self/fd/1 → a pipe). Not /proc/version.
        static bool IsUnderDevOrProc(string path) =>
            path.StartsWith("/dev/", StringComparison.Ordinal) || (path.StartsWith("/proc/", StringComparison.Ordinal) && path.Contains("/fd/", StringComparison.Ordinal));
    }

    /// <summary>The temporary sibling of <paramref name="fullPath"/>: <c>.NAME.tmp</c> in the same folder.</summary>
    public static string TemporaryPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", $".{Path.GetFileName(fullPath)}.tmp");
}
