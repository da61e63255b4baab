using System.CommandLine;
using Entities.Cli.Input;
using Entities.Cli.Output;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Cli.Commands;

/// <summary><c>entities tokenize [FILE|-] [--format tsv|json]</c>: prints the tokens and sentences of one French document.</summary>
internal static class TokenizeCommand
{
    private const string Description = """
        Split French text into tokens and sentences, with UTF-16 offsets.

        Output (tsv): start<TAB>end<TAB>kind<TAB>surface<TAB>normalized, one token per line, a blank line after each sentence.

        Examples:
          echo "M. Rutte est arrivé à Bruxelles." | entities tokenize
          entities tokenize notes.txt --format json
        """;

    /// <summary>Creates the command.</summary>
    internal static Command Create()
    {
        var input = new Argument<string>("FILE")
        {
            Description = "The UTF-8 text file to tokenize, or - for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => InputSource.StandardInputName,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: tsv (start, end, kind, surface, normalized; blank line between sentences) or json.",
            DefaultValueFactory = _ => "tsv",
        };
        format.AcceptOnlyFromAmong("tsv", "json");

        var command = new Command("tokenize", Description) { input, format };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            CliStreams.From(parseResult),
            parseResult.GetRequiredValue(input),
            parseResult.GetRequiredValue(format),
            FrenchTokenizer.Default,
            FrenchSentenceSplitter.Default,
            cancellationToken)));
        return command;
    }

    /// <summary>Tokenizes one document and writes it to <see cref="CliStreams.Output"/>; returns the exit code.</summary>
    internal static int Run(CliStreams streams, string path, string format, ITokenizer tokenizer, ISentenceSplitter splitter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        if (path != InputSource.StandardInputName && Directory.Exists(path))
        {
            streams.ReportInputError(path, "is a directory (tokenize reads one file)");
            return ExitCodes.InputErrors;
        }

        var expansion = InputSources.Expand([path], cancellationToken);
        foreach (var error in expansion.Errors) streams.ReportInputError(error.Path, error.Reason);
        if (expansion.Sources.Count == 0) return ExitCodes.InputErrors;

        var source = expansion.Sources[0];
        if (!DocumentReader.TryRead(source, streams.Input, out var text, out var reason))
        {
            streams.ReportInputError(source.DisplayName, reason);
            return ExitCodes.InputErrors;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var tokens = tokenizer.Tokenize(text);
        var sentences = splitter.Split(text, tokens);
        if (format == "json") TokenOutput.WriteJson(streams.Output, source.DisplayName, text, tokens, sentences);
        else TokenOutput.WriteTsv(streams.Output, text, tokens, sentences, cancellationToken);
        return ExitCodes.Success;
    }
}
