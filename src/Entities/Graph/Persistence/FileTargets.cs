namespace Entities.Graph.Persistence;

/// <summary>
/// How the library and the <c>entities</c> command write a target file: through a temporary sibling renamed over it, except
/// for a device, a terminal or a pipe, written in place. One definition for both, so they never disagree.
/// </summary>
public static class FileTargets
{
    /// <summary>
    /// Whether <paramref name="fullPath"/> is no regular file but a device, a terminal or a pipe (<c>/dev/null</c>,
    /// <c>/dev/stdout</c>, a process's descriptor under <c>/proc</c>, a link to one of those): written in place, never renamed
    /// over (a file renamed over <c>/dev/null</c> would replace it). Always <see langword="false"/> on Windows.
    /// </summary>
    /// <param name="fullPath">An absolute path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fullPath"/> is <see langword="null"/>.</exception>
    public static bool IsSpecialFile(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (OperatingSystem.IsWindows()) return false;
        if (IsUnderDevOrProc(fullPath)) return true;
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true) is { } final && IsUnderDevOrProc(final.FullName);
        }
        catch (IOException)
        {
            return false;   // a dangling or looping link: written through a temporary file as any other path
        }

        // /dev/null, /dev/stdout, /dev/tty; a process's descriptors (/dev/stdout → /proc/self/fd/1 → a pipe). Not /proc/version.
        static bool IsUnderDevOrProc(string path) =>
            path.StartsWith("/dev/", StringComparison.Ordinal) || (path.StartsWith("/proc/", StringComparison.Ordinal) && path.Contains("/fd/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The temporary sibling a target is written to before the rename: <c>.NAME.tmp</c> in the same folder, one fixed name
    /// per target, so a write killed before its rename leaves one file the next write reuses.
    /// </summary>
    /// <param name="fullPath">An absolute path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fullPath"/> is <see langword="null"/>.</exception>
    public static string TemporaryPathFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        return Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", $".{Path.GetFileName(fullPath)}.tmp");
    }
}
