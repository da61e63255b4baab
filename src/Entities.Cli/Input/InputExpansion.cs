namespace Entities.Cli.Input;

/// <summary>The documents named by the command line, and the paths that could not be expanded.</summary>
/// <param name="Sources">Documents to read, in command-line order; a folder's files in ordinal order of their paths.</param>
/// <param name="Errors">Paths that do not exist or cannot be listed.</param>
internal sealed record InputExpansion(IReadOnlyList<InputSource> Sources, IReadOnlyList<InputError> Errors);
