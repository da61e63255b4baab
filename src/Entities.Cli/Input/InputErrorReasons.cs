namespace Entities.Cli.Input;

/// <summary>Short, stable reasons for error lines, independent of the operating system's message language.</summary>
internal static class InputErrorReasons
{
    /// <summary>Describes an exception raised while opening or reading a path.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        IOException io => "read error: " + io.Message,
        _ => exception.Message,
    };
}
