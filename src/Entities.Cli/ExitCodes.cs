namespace Entities.Cli;

/// <summary>Process exit codes of the <c>entities</c> command. Documented in README.md; keep both in step.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one input could not be read (missing, unreadable, binary or invalid UTF-8); the others were processed.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line is invalid (unknown command or option, missing argument, bad value).</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error stopped the command.</summary>
    public const int InternalError = 3;

    /// <summary>The command was interrupted (Ctrl+C, SIGINT, SIGTERM); 128 + SIGINT by Unix convention.</summary>
    public const int Cancelled = 130;
}
