namespace Entities.Cli.Input;

/// <summary>
/// Expands the <c>PATH...</c> arguments of a command into documents: a file is one document; a folder stands for every
/// regular file below it (recursively, hidden entries and symbolic links to folders skipped, sorted by ordinal path
/// comparison so the order is the same on every machine); <c>-</c> is standard input and may appear once.
/// </summary>
internal static class InputSources
{
    /// <summary>Expands <paramref name="paths"/>. Never throws for a bad path: it is reported in <see cref="InputExpansion.Errors"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputExpansion Expand(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<InputSource>();
        var errors = new List<InputError>();
        bool standardInputSeen = false;
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == InputSource.StandardInputName)
            {
                if (standardInputSeen) errors.Add(new InputError(path, "standard input given more than once"));
                else sources.Add(InputSource.StandardInput);
                standardInputSeen = true;
            }
            else if (path.Length == 0)
            {
                errors.Add(new InputError(path, "empty path"));
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path, sources, errors, cancellationToken);
            }
            else if (File.Exists(path))
            {
                sources.Add(new InputSource(path, path));
            }
            else
            {
                errors.Add(new InputError(path, "no such file or directory"));
            }
        }

        return new InputExpansion(sources, errors);
    }

    private static void AddFolder(string folder, List<InputSource> sources, List<InputError> errors, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        CollectFiles(folder, files, errors, cancellationToken);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files) sources.Add(new InputSource(file, file));
    }

    private static void CollectFiles(string folder, List<string> files, List<InputError> errors, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder, "*", options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(folder, InputErrorReasons.Describe(ex)));
            return;
        }

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(entry);
            bool isDirectory = (info.Attributes & FileAttributes.Directory) != 0;
            if (isDirectory)
            {
                if (info.LinkTarget is null) CollectFiles(entry, files, errors, cancellationToken);
            }
            else if (info.Exists)
            {
                files.Add(entry);
            }
        }
    }
}
