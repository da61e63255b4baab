namespace Entities.Cli.Input;

/// <summary>An input that cannot be processed, and why.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Reason">A short lower-case reason, e.g. <c>no such file or directory</c>.</param>
internal sealed record InputError(string Path, string Reason);
