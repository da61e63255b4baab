using System.CommandLine;

namespace Entities.Cli;

/// <summary>Runs the <c>entities</c> command line against given streams: the process entry point and the tests share it.</summary>
internal static class CliApp
{
    /// <summary>Runs <paramref name="args"/> in-process and returns the exit code (see <see cref="ExitCodes"/>). Does not handle Ctrl+C.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Read for the path <c>-</c>.</param>
    /// <param name="stdout">Receives results and help.</param>
    /// <param name="stderr">Receives error lines.</param>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin, stdout, stderr, handleTermination: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="args"/> and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Read for the path <c>-</c>.</param>
    /// <param name="stdout">Receives results and help; flushed before returning.</param>
    /// <param name="stderr">Receives error lines.</param>
    /// <param name="handleTermination">Whether Ctrl+C, SIGINT and SIGTERM cancel the command (process entry point only).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <param name="errorIsTerminal">Whether <paramref name="stderr"/> is a terminal: enables the progress bar and the summary.</param>
    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool handleTermination, CancellationToken cancellationToken,
        bool errorIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var streams = new CliStreams(stdin, stdout, stderr);
        try
        {
            var parseResult = Program.CreateRootCommand().Parse(args);
            string? usageError = UsageErrors.Find(parseResult);
            if (usageError is not null)
            {
                streams.ReportError(usageError);
                return ExitCodes.Usage;
            }

            var configuration = new CliInvocationConfiguration
            {
                Input = stdin,
                Output = stdout,
                Error = stderr,
                ErrorIsTerminal = errorIsTerminal,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = handleTermination ? TimeSpan.FromSeconds(2) : null,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            streams.ReportError("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            streams.ReportError("internal error: " + ex.Message);
            return ExitCodes.InternalError;
        }
        finally
        {
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
