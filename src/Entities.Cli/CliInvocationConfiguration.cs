using System.CommandLine;

namespace Entities.Cli;

/// <summary>Invocation settings that also carry the standard input, so that commands can run in-process with redirected streams.</summary>
internal sealed class CliInvocationConfiguration : InvocationConfiguration
{
    /// <summary>The reader that stands for standard input (<c>-</c>).</summary>
    public required TextReader Input { get; init; }

    /// <summary>Whether standard error is a terminal (not redirected): progress bars and summaries are shown only then.</summary>
    public bool ErrorIsTerminal { get; init; }
}
