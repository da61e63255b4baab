using Entities.Graph.Persistence;
using System.Text;

namespace Entities.Cli.Output;

/// <summary>
/// A file written through a temporary sibling and renamed over the target only by <see cref="Commit"/>; disposing without
/// committing deletes the temporary file, so an interrupted run leaves no half-written output. A target that is a device, a
/// terminal or a pipe (<c>-o /dev/null</c>, <c>/dev/stdout</c>) is written in place: renaming a file over it would replace the
/// device with a regular file.
/// </summary>
/// <remarks>
/// The temporary file has one fixed name per target, <c>.NAME.tmp</c> (hidden, next to the target), not a random one: a
/// run killed before its rename (SIGKILL, power loss) leaves that file behind, and the next run to the same target opens
/// the same name, truncates it and renames or deletes it, so stale files never pile up and no age-based clean-up (which
/// could delete the file of a slow run still going) is needed. The file is opened without sharing (an advisory lock on
/// Unix) before it is truncated, so a second run writing the same target at the same time is refused
/// (<c>being written by another run</c>) instead of mixing its writes with the first run's.
/// The graph library's <c>AtomicFile</c> (used by <c>EntityGraphJson.Save</c>) names its temporary file the same way.
/// </remarks>
internal sealed class OutputFile : IDisposable
{
    private readonly string target;
    private readonly FileStream stream;
    private StreamWriter? writer;
    private bool committed;
    private readonly bool inPlace;

    private OutputFile(string target, string temporary, FileStream stream, bool inPlace = false)
    {
        this.target = target;
        TemporaryPath = temporary;
        this.stream = stream;
        this.inPlace = inPlace;
    }

    /// <summary>The temporary file written until <see cref="Commit"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>The raw stream of the temporary file (for binary or self-encoded content such as graph exports).</summary>
    public Stream Stream => stream;

    /// <summary>A UTF-8 (no byte order mark) writer over the temporary file, with <c>\n</c> line ends.</summary>
    public TextWriter Writer => writer ??= new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };

    /// <summary>
    /// Opens the temporary file of <paramref name="path"/>, or gives the reason it cannot be written, phrased for an error
    /// line: <c>no such directory</c>, <c>is a directory</c>, <c>cannot write: permission denied</c>,
    /// <c>cannot write: cannot create files in FOLDER</c>, <c>cannot write: being written by another run (FILE)</c>.
    /// Missing folders are not created.
    /// </summary>
    public static bool TryCreate(string path, out OutputFile file, out string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        file = null!;
        reason = string.Empty;
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (Directory.Exists(full))
        {
            reason = "is a directory";
            return false;
        }

        if (!Directory.Exists(folder))
        {
            reason = "no such directory";
            return false;
        }

        if (FileTargets.IsSpecialFile(full))
        {
            try
            {
                file = new OutputFile(full, full, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), inPlace: true);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                reason = "cannot write: " + Describe(ex, folder, full);
                return false;
            }
        }

        string temporary = FileTargets.TemporaryPathFor(full);
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reason = "cannot write: " + Describe(ex, folder, temporary);
            return false;
        }

        try
        {
            stream.SetLength(0); // a stale file of a killed run: truncated only now that it is ours
        }
        catch (IOException ex)
        {
            stream.Dispose();
            reason = "cannot write: " + Describe(ex, folder, temporary);
            return false;
        }

        file = new OutputFile(full, temporary, stream);
        return true;
    }

    /// <summary>Flushes the temporary file to disk and renames it over the target.</summary>
    public void Commit()
    {
        writer?.Flush();
        if (inPlace)
        {
            stream.Flush();   // a device: nothing to sync, nothing to rename
            writer?.Dispose();
            stream.Dispose();
            committed = true;
            return;
        }

        stream.Flush(flushToDisk: true);
        writer?.Dispose();
        stream.Dispose();
        File.Move(TemporaryPath, target, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the temporary file unless <see cref="Commit"/> succeeded.</summary>
    public void Dispose()
    {
        if (committed) return;
        try
        {
            writer?.Dispose();
            stream.Dispose();
        }
        catch (IOException) { } // nothing more can be written; the file is deleted below

        if (inPlace) return;   // the device itself: never deleted
        try { File.Delete(TemporaryPath); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Why a file cannot be created in <paramref name="folder"/>, in a few stable words.</summary>
    private static string Describe(Exception exception, string folder, string temporary) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        // The folder exists (checked before), yet creating a file in it says "not found": a pseudo file system such as /proc.
        FileNotFoundException or DirectoryNotFoundException => Directory.Exists(folder) ? $"cannot create files in {folder}" : "no such directory",
        PathTooLongException => "path too long",
        // Opening without sharing failed: another process holds the file (see the remarks above). EWOULDBLOCK from the
        // advisory lock on Linux (11) and macOS (35), ERROR_SHARING_VIOLATION on Windows.
        IOException io when io.HResult is 11 or 35 or unchecked((int)0x80070020) => $"being written by another run ({temporary})",
        _ => exception.Message,
    };
}
