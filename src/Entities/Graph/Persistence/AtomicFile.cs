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
        if (FileTargets.IsSpecialFile(fullPath))
        {
            // A device, a terminal or a pipe (/dev/null, /dev/stdout): written in place; a file renamed over it would replace it.
            using var device = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(device);
            device.Flush();
            return;
        }

        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = FileTargets.TemporaryPathFor(fullPath);
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
}
