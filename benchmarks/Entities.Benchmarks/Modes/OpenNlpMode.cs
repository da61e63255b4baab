using Entities.Cli.Training;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entities.Evaluation;
using Entities.French.Ner;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// The C# half of <c>benchmarks/opennlp/compare.sh</c>. Every corpus is read with <see cref="FrenchCorpus.Read"/>, exactly as
/// <c>entities eval</c> and <c>entities train</c> read it (titles out of persons, elisions joined), so both systems see
/// the same tokens and the same gold spans.
/// <list type="bullet">
/// <item><c>opennlp-train-data OUT FILE…</c>: the training files in OpenNLP's name-finder format (MISC kept, so both models
/// know the same four types; the headline F1 is PER+LOC+ORG for both).</item>
/// <item><c>opennlp-dev-tokens OUT FILE</c>: the tokens of an evaluation file, one sentence per line.</item>
/// <item><c>opennlp-score FILE PREDICTED</c>: scores OpenNLP's output against the gold spans with <see cref="SpanEvaluator"/>
/// (the scorer of <c>entities eval</c>) and prints the same JSON as <c>entities eval --json</c>.</item>
/// <item><c>opennlp-speed-tokens</c>, <c>opennlp-speed-ours</c>: the throughput comparison on a large text (see <see cref="OpenNlpSpeed"/>).</item>
/// <item><c>opennlp-report OUT.md KEY=VALUE…</c>: prints and writes the comparison table (see compare.sh for the keys).</item>
/// </list>
/// </summary>
internal static class OpenNlpMode
{
    /// <summary>Runs one sub-command; returns the exit code.</summary>
    public static int Run(string command, IReadOnlyList<string> args)
    {
        switch (command)
        {
            case "opennlp-train-data" when args.Count >= 2:
                WriteTrainingData(args[0], args.Skip(1));
                return 0;
            case "opennlp-dev-tokens" when args.Count == 2:
                File.WriteAllLines(args[0], FrenchCorpus.Read(args[1]).Select(OpenNlpFormat.TokenLine), new UTF8Encoding(false));
                return 0;
            case "opennlp-score" when args.Count == 2:
                Console.WriteLine(Score(args[0], args[1]).ToJson());
                return 0;
            case "opennlp-speed-tokens" when args.Count >= 3:
                return OpenNlpSpeed.WriteTokens(args[0], long.Parse(args[1], CultureInfo.InvariantCulture), args.Skip(2).ToList());
            case "opennlp-speed-ours" when args.Count == 1:
                return OpenNlpSpeed.MeasureOurs(args[0]);
            case "opennlp-report" when args.Count >= 1:
                return OpenNlpReport.Write(args[0], args.Skip(1).ToList());
            default:
                Console.Error.WriteLine($"usage: {command} … (see benchmarks/opennlp/compare.sh)");
                return 2;
        }
    }

    private static void WriteTrainingData(string output, IEnumerable<string> files)
    {
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        int sentences = 0, names = 0;
        foreach (var file in files)
        {
            foreach (var sentence in FrenchCorpus.Read(file))
            {
                var line = OpenNlpFormat.TrainingLine(sentence);
                writer.WriteLine(line);
                sentences++;
                names += IobSpans.Extract(sentence.Tags).Count;
            }

            writer.WriteLine(); // document boundary between files
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{output}: {sentences:N0} sentences, {names:N0} names"));
    }

    private static EvaluationReport Score(string goldFile, string predictedFile)
    {
        var gold = FrenchCorpus.Read(goldFile);
        var predicted = File.ReadLines(predictedFile).Where(l => l.Trim().Length > 0).ToList();
        if (predicted.Count != gold.Count) throw new InvalidDataException($"{predictedFile}: {predicted.Count} sentences, {goldFile} has {gold.Count}.");
        var evaluator = new SpanEvaluator();
        for (int s = 0; s < gold.Count; s++)
        {
            var spans = OpenNlpFormat.ReadSpans(predicted[s], out int tokens);
            if (tokens != gold[s].Tokens.Count)
            {
                throw new InvalidDataException($"{predictedFile} sentence {s + 1}: {tokens} tokens, gold has {gold[s].Tokens.Count}.");
            }

            evaluator.Add(IobSpans.Extract(gold[s].Tags), spans, tokens);
        }

        return evaluator.Report();
    }
}
