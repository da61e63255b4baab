namespace Entities.Cli.Input;

/// <summary>One document to read: a file, or standard input.</summary>
/// <param name="DisplayName">The name used in output and error lines: the path as given (joined onto the folder for files found in a folder), or <c>-</c>.</param>
/// <param name="FilePath">The file to read, or <see langword="null"/> for standard input.</param>
internal sealed record InputSource(string DisplayName, string? FilePath)
{
    /// <summary>The name that stands for standard input on the command line.</summary>
    public const string StandardInputName = "-";

    /// <summary>Standard input.</summary>
    public static InputSource StandardInput { get; } = new(StandardInputName, null);

    /// <summary>Whether this source is standard input.</summary>
    public bool IsStandardInput => FilePath is null;
}
