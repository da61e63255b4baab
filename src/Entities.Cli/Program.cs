using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;
using Entities.Cli.Commands;

namespace Entities.Cli;

/// <summary>The <c>entities</c> command: builds the command tree and runs it on the process's standard streams.</summary>
internal static class Program
{
    /// <summary>Builds the root command (with the standard <c>--help</c> and <c>--version</c> options) from the command factories.</summary>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("""
            Extract named entities (people, places, organizations) from French text, and link them into an entity graph.

            Examples:
              echo "M. Rutte a rencontré les dirigeants de l’Otan à Bruxelles." | entities extract -
              entities extract articles/ --graph graph.json --format table
              entities graph graph.json --top 20 --export graph.gexf
              entities tokenize notes.txt
              entities eval dev.iob2 --model my.model
              entities train --train a.iob2 b.iob2 --dev dev.iob2 --out my.model

            The embedded French model is licensed CC BY-NC-SA 4.0 (non-commercial); the code is MIT.
            """);
        root.Subcommands.Add(TokenizeCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(GraphCommand.Create());
        root.Subcommands.Add(QueueCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new SummaryHelpAction((HelpAction)help.Action!);
        // 'entities' alone prints the help (on standard output, as --help does) instead of "Required command was not
        // provided."; it is still a usage error, exit code 2.
        root.SetAction(parseResult =>
        {
            ((SynchronousCommandLineAction)help.Action!).Invoke(parseResult);
            return ExitCodes.Usage;
        });
        return root;
    }

    private static async Task<int> Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: false);
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
        await using var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        return await CliApp.RunAsync(args, input, output, error, handleTermination: true, CancellationToken.None, errorIsTerminal: !Console.IsErrorRedirected).ConfigureAwait(false);
    }
}
