using System.CommandLine;
using Entities.Cli.Input;
using Entities.Tagging;

namespace Entities.Cli.Commands;

/// <summary><c>entities tag</c>: appends the predicted IOB2 tag to every token line of a CoNLL-style file.</summary>
internal static class TagCommand
{
    private const string Description = """
        Tag a one-token-per-line file; each line is echoed with the predicted IOB2 tag as last column.

        Input: UTF-8, one token per line (the first tab-separated column is the token, other columns are kept), a blank
        line between sentences; -DOCSTART- lines are copied as they are.

        Examples:
          printf 'Marie\nDupont\nhabite\nLyon\n.\n' | entities tag -
          entities tag tokens.conll --model my.model > tagged.conll
        """;

    internal static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Input: one token per line (first tab-separated column), blank line between sentences; - for standard input." };
        var model = ModelOption.Create();
        var command = new Command("tag", Description) { file, model };
        command.SetAction(parse =>
        {
            var streams = CliStreams.From(parse);
            string path = parse.GetRequiredValue(file);
            // Read like extract reads a document: a missing, unreadable, binary or invalid UTF-8 input is one error line.
            if (!TryReadInput(streams, path, out var text)) return ExitCodes.InputErrors;
            if (!ModelOption.TryLoad(streams, parse.GetValue(model), out var tagger)) return ExitCodes.InputErrors;
            using var reader = new StringReader(text);
            Run(tagger, reader, streams.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryReadInput(CliStreams streams, string path, out string text)
    {
        text = string.Empty;
        if (path != InputSource.StandardInputName && Directory.Exists(path))
        {
            streams.ReportInputError(path, "is a directory (tag reads one file)");
            return false;
        }

        var expansion = InputSources.Expand([path]);
        foreach (var error in expansion.Errors) streams.ReportInputError(error.Path, error.Reason);
        if (expansion.Sources.Count == 0) return false;
        var source = expansion.Sources[0];
        if (DocumentReader.TryRead(source, streams.Input, out text, out var reason)) return true;
        streams.ReportInputError(source.DisplayName, reason);
        return false;
    }

    internal static void Run(CrfTagger tagger, TextReader reader, TextWriter writer)
    {
        var lines = new List<string>();
        var tokens = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(tagger, lines, tokens, writer);
                writer.WriteLine(line);
                continue;
            }

            lines.Add(line);
            int tab = line.IndexOf('\t');
            tokens.Add(tab < 0 ? line : line[..tab]);
        }

        Flush(tagger, lines, tokens, writer);
        writer.Flush();
    }

    private static void Flush(CrfTagger tagger, List<string> lines, List<string> tokens, TextWriter writer)
    {
        if (lines.Count == 0) return;
        var tags = tagger.TagIob2(tokens);
        for (int i = 0; i < lines.Count; i++) writer.WriteLine($"{lines[i]}\t{tags[i]}");
        lines.Clear();
        tokens.Clear();
    }
}
