using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary>The outcome of one in-process run of the <c>entities</c> command.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Invoke(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = CliApp.Run(args, new StringReader(stdin), output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
