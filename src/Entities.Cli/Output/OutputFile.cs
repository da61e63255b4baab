using System.Text;

namespace Entities.Cli.Output;

/// <summary>
/// A text file written through a temporary sibling (<c>.NAME.RANDOM.tmp</c>) and renamed over the target only by
/// <see cref="Commit"/>; disposing without committing deletes the temporary file, so an interrupted run leaves no half-written output.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string target;
    private readonly string temporary;
    private readonly StreamWriter writer;
    private bool committed;

    /// <summary>Creates the temporary file next to <paramref name="path"/> (the folder must exist).</summary>
    /// <exception cref="IOException">The temporary file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public OutputFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target) ?? ".";
        temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        writer = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), new UTF8Encoding(false), 1 << 16)
        {
            NewLine = "\n",
        };
    }

    /// <summary>The writer of the temporary file.</summary>
    public TextWriter Writer => writer;

    /// <summary>Flushes the temporary file to disk and renames it over the target.</summary>
    public void Commit()
    {
        writer.Flush();
        ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
        writer.Dispose();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the temporary file unless <see cref="Commit"/> succeeded.</summary>
    public void Dispose()
    {
        if (committed) return;
        writer.Dispose();
        try { File.Delete(temporary); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
