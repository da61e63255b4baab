using Entities.Cli.Input;
using Entities.Cli.Training;
using System.CommandLine;
using System.Text;
using Entities.Evaluation;
using Entities.French.Extraction;
using Entities.French.Ner;

namespace Entities.Cli.Commands;

/// <summary><c>entities eval</c>: scores a model on IOB2 files (exact-span P/R/F1).</summary>
internal static class EvalCommand
{
    private const string Description = """
        Evaluate a tagger model on annotated IOB2 files (exact-span precision, recall and F1 per label).

        Input: IOB2, UTF-8, one token<TAB>tag per line (tag O, B-X or I-X with X = PER, LOC, ORG or MISC), a blank line
        between sentences. A malformed or empty file is reported (exit code 1) and the other files are still scored.

        Examples:
          entities eval dev.iob2
          entities eval dev.iob2 test.iob2 --model my.model --json
          entities eval dev.iob2 --pipeline --calibration
        """;

    internal static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "IOB2 files to evaluate on.", Arity = ArgumentArity.OneOrMore };
        var model = ModelOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables." };
        var speed = new Option<bool>("--speed") { Description = "Also measure the tagger alone (one thread, warm, at least 3 s per file) and print tokens/s." };
        var calibration = new Option<bool>("--calibration") { Description = "Also print the reliability of mention scores (PER/LOC/ORG: score buckets vs precision, Brier, ECE)." };
        var pipeline = new Option<bool>("--pipeline")
        {
            Description = "Also score the whole ExtractEntities pipeline (tokenizer, sentences, tagger, rule layer) on the tokens joined back into text " +
                "(one space between tokens, 20 sentences per document); reported as FILE#pipeline.",
        };
        var errors = new Option<string?>("--errors")
        {
            Description = "With --pipeline: write every gold span the pipeline missed and every span it found that is not gold to this " +
                "tab-separated file (source, line, missed|spurious, label, span, sentence).",
        };
        var command = new Command("eval", Description) { files, model, json, speed, calibration, pipeline, errors };
        command.SetAction(parse =>
        {
            var streams = CliStreams.From(parse);
            string? errorsPath = parse.GetValue(errors);
            if (errorsPath is not null && !parse.GetValue(pipeline))
            {
                streams.ReportError("--errors lists the pipeline's disagreements: add --pipeline");
                return ExitCodes.Usage;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (!ModelOption.AllFilesExist(streams, parse.GetValue(files) ?? [])) return ExitCodes.InputErrors;
            if (!ModelOption.TryLoad(streams, parse.GetValue(model), out var tagger)) return ExitCodes.InputErrors;
            streams.Error.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms ({tagger.FeatureCount} features, temperature {tagger.Temperature.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
            bool asJson = parse.GetValue(json);
            var extractor = parse.GetValue(pipeline) ? new FrenchEntityExtractor(tagger, new FrenchEntityExtractorOptions()) : null;
            var parts = new List<string>();
            bool failed = false;
            StreamWriter? errorWriter = null;
            if (errorsPath is not null)
            {
                try
                {
                    errorWriter = new StreamWriter(errorsPath, false, new UTF8Encoding(false));
                    errorWriter.WriteLine("source\tline\tkind\tlabel\tspan\tsentence");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    streams.ReportInputError(errorsPath, "cannot write: " + InputErrorReasons.Describe(ex));
                    return ExitCodes.InputErrors;
                }
            }

            using var errorsOwner = errorWriter;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                // A malformed or empty file is an input error: reported, skipped, and the other files are still scored.
                if (!FrenchCorpus.TryRead(streams, file, out var sentences))
                {
                    failed = true;
                    continue;
                }

                clock.Restart();
                var report = TaggerEvaluation.Evaluate(tagger, sentences);
                streams.Error.WriteLine($"{file}: {report.Tokens / clock.Elapsed.TotalSeconds:F0} tokens/s (evaluation)");
                if (parse.GetValue(speed))
                {
                    var speedReport = TaggerSpeed.Measure(tagger, sentences, TimeSpan.FromSeconds(3));
                    streams.Error.WriteLine($"{file}: tagger alone {speedReport}");
                }
                if (parse.GetValue(calibration))
                    streams.Error.WriteLine(CalibrationReport.Measure(tagger, sentences).ToText(file));
                if (asJson) parts.Add($"\"{System.Text.Json.JsonEncodedText.Encode(file)}\": {report.ToJson()}");
                else streams.Output.WriteLine(report.ToText(file));
                if (extractor is not null)
                {
                    var pipelineReport = PipelineEvaluation.Evaluate(extractor, sentences, errorWriter is null ? null : d => WriteDisagreement(errorWriter, d));
                    if (asJson) parts.Add($"\"{System.Text.Json.JsonEncodedText.Encode(file + "#pipeline")}\": {pipelineReport.ToJson()}");
                    else streams.Output.WriteLine(pipelineReport.ToText(file + "#pipeline"));
                }
            }

            if (asJson)
            {
                var sb = new StringBuilder("{\n").AppendJoin(",\n", parts).Append("\n}");
                streams.Output.WriteLine(sb.ToString());
            }

            return failed ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteDisagreement(TextWriter writer, SentenceDisagreement disagreement)
    {
        var sentence = disagreement.Sentence;
        string text = Tsv(string.Join(' ', sentence.Tokens));
        foreach (var (label, span) in disagreement.Missed) writer.WriteLine($"{Tsv(sentence.Source)}\t{sentence.Line}\tmissed\t{label.ToCode()}\t{Tsv(span)}\t{text}");
        foreach (var (label, span) in disagreement.Spurious) writer.WriteLine($"{Tsv(sentence.Source)}\t{sentence.Line}\tspurious\t{label.ToCode()}\t{Tsv(span)}\t{text}");
    }

    private static string Tsv(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
