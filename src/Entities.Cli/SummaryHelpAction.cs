using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Entities.Cli;

/// <summary>
/// The <c>--help</c> action: System.CommandLine's help, except that the list of commands shows only the first line of each
/// command's description (its details and examples are for <c>entities COMMAND --help</c>).
/// </summary>
/// <param name="inner">The standard help action.</param>
internal sealed class SummaryHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var subcommands = parseResult.CommandResult.Command.Subcommands;
        var descriptions = subcommands.Select(c => c.Description).ToList();
        try
        {
            foreach (var command in subcommands) command.Description = FirstLine(command.Description);
            return inner.Invoke(parseResult);
        }
        finally
        {
            for (int i = 0; i < subcommands.Count; i++) subcommands[i].Description = descriptions[i];
        }
    }

    private static string? FirstLine(string? description) => description?.Split('\n', 2)[0].TrimEnd();
}
