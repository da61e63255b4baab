using System.CommandLine;
using System.Text;
using Entities.Tagging;

namespace Entities.Cli.Commands;

/// <summary><c>entities tag</c>: appends the predicted IOB2 tag to every token line of a CoNLL-style file.</summary>
internal static class TagCommand
{
    internal static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Input: one token per line (first tab-separated column), blank line between sentences." };
        var model = ModelOption.Create();
        var command = new Command("tag", "Tag a one-token-per-line file; each line is echoed with the predicted tag as last column.") { file, model };
        command.SetAction(parse =>
        {
            var streams = CliStreams.From(parse);
            if (!ModelOption.AllFilesExist(streams, [parse.GetRequiredValue(file)])) return ExitCodes.InputErrors;
            if (!ModelOption.TryLoad(streams, parse.GetValue(model), out var tagger)) return ExitCodes.InputErrors;
            using var reader = new StreamReader(parse.GetRequiredValue(file), Encoding.UTF8);
            Run(tagger, reader, streams.Output);
            return ExitCodes.Success;
        });
        return command;
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
