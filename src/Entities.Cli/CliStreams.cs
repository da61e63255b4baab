using System.CommandLine;

namespace Entities.Cli;

/// <summary>The standard streams of one invocation, taken from its <see cref="ParseResult"/>.</summary>
/// <param name="Input">Standard input, read for the path <c>-</c>.</param>
/// <param name="Output">Standard output: results only.</param>
/// <param name="Error">Standard error: one line per problem, <c>entities: &lt;path&gt;: &lt;reason&gt;</c>.</param>
internal sealed record CliStreams(TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>The program name used as the prefix of error lines.</summary>
    public const string ProgramName = "entities";

    /// <summary>Whether <see cref="Error"/> is a terminal (not redirected); <see langword="false"/> in tests and pipes.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets the streams of the invocation that produced <paramref name="parseResult"/>.</summary>
    public static CliStreams From(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = parseResult.InvocationConfiguration;
        var cli = configuration as CliInvocationConfiguration;
        return new CliStreams(cli?.Input ?? Console.In, configuration.Output, configuration.Error) { ErrorIsTerminal = cli?.ErrorIsTerminal ?? false };
    }

    /// <summary>Writes one error line about an input: <c>entities: &lt;path&gt;: &lt;reason&gt;</c>.</summary>
    public void ReportInputError(string path, string reason) => Error.WriteLine($"{ProgramName}: {path}: {OneLine(reason)}");

    /// <summary>Writes one error line not tied to an input: <c>entities: &lt;message&gt;</c>.</summary>
    public void ReportError(string message) => Error.WriteLine($"{ProgramName}: {OneLine(message)}");

    /// <summary>Joins the lines of a multi-line message (as some parse errors are) into one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
