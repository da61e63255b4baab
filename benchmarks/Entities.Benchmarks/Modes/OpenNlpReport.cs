using System.Globalization;
using System.Text.Json;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// Writes the OpenNLP comparison as markdown. Arguments are <c>KEY=VALUE</c>: <c>train=</c> (training files),
/// <c>params=</c> (OpenNLP training parameters file), <c>train-seconds=</c>, <c>opennlp=</c> (version line) and one
/// <c>row=DEV;OPENNLP_JSON;OURS_JSON;OPENNLP_TAG_SECONDS;OURS_TOKENS_PER_SECOND</c> per evaluation file, the JSON files
/// being in the format of <c>entities eval --json</c>; and <c>speed=FILES;OPENNLP_TAG_SECONDS;OURS_JSON</c> for the
/// large-text throughput (the JSON printed by <c>opennlp-speed-ours</c>).
/// </summary>
internal static class OpenNlpReport
{
    private static readonly string[] Labels = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>Prints the table and writes it to <paramref name="output"/>; returns the exit code.</summary>
    public static int Write(string output, IReadOnlyList<string> args)
    {
        var c = CultureInfo.InvariantCulture;
        var values = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToList();
        string Value(string key) => values.LastOrDefault(p => p[0] == key)?[1] ?? "?";
        List<string> lines =
        [
            "# Side by side with Apache OpenNLP (name finder)",
            "",
            .. MachineInfo.Describe(),
            $"- OpenNLP: {Value("opennlp")}",
            "",
            $"Both taggers get the same tokens: every file is read with `FrenchCorpus.Read` (the reader of `entities eval`/`train`), then written one sentence per line for OpenNLP. " +
            "Scores are exact-span PER+LOC+ORG micro-F1 computed by the same `SpanEvaluator` for both.",
            "",
            $"- OpenNLP trained on: {Value("train")} (MISC kept as a fourth type, as in our model), parameters `{Value("params")}`, training time {Value("train-seconds")} s.",
            "- Our model: the shipped `models/fr/fr-ner.model` (trained on more data than OpenNLP here: Europeana, gazetteers and word clusters too; see models/fr/MODEL.md).",
            "- Throughput in this first table: small files, so it mostly measures warm-up. OpenNLP = tokens / the tagging time `opennlp TokenNameFinder` reports (model load and JVM start excluded); ours = the tokens/s `entities eval` prints (model load excluded, scoring included). One run each, JIT warm-up included for both. The warm comparison is the table *Throughput on a large text* below.",
            "",
            "| evaluation file | tokens | OpenNLP P / R / F1 | ours P / R / F1 | OpenNLP tokens/s | ours tokens/s | speed ours / OpenNLP |",
            "|---|---:|---|---|---:|---:|---:|",
        ];
        var perLabel = new List<string> { "", "F1 per label (OpenNLP / ours):", "", "| evaluation file | " + string.Join(" | ", Labels) + " |", "|---|" + string.Concat(Labels.Select(_ => "---|")) };
        foreach (var row in values.Where(p => p[0] == "row").Select(p => p[1].Split(';')))
        {
            using var theirs = JsonDocument.Parse(File.ReadAllText(row[1]));
            using var oursFile = JsonDocument.Parse(File.ReadAllText(row[2]));
            var ours = FirstReport(oursFile.RootElement);
            long tokens = theirs.RootElement.GetProperty("tokens").GetInt64();
            double theirRate = tokens / double.Parse(row[3], c);
            double ourRate = double.Parse(row[4], c);
            lines.Add(string.Create(c, $"| {Path.GetFileName(row[0])} | {tokens:N0} | {Prf(theirs.RootElement)} | {Prf(ours)} | {theirRate:N0} | {ourRate:N0} | {ourRate / theirRate:F2}× |"));
            perLabel.Add($"| {Path.GetFileName(row[0])} | " + string.Join(" | ", Labels.Select(l => $"{LabelF1(theirs.RootElement, l)} / {LabelF1(ours, l)}")) + " |");
        }

        lines.AddRange(perLabel);
        if (values.LastOrDefault(p => p[0] == "speed") is { } speed) lines.AddRange(SpeedSection(speed[1].Split(';')));
        File.WriteAllLines(output, lines);
        foreach (var line in lines) Console.WriteLine(line);
        Console.WriteLine($"// report: {output}");
        return 0;
    }

    /// <summary>The large-text throughput table: OpenNLP's tagging time against our tagger alone and our full pipeline.</summary>
    private static IEnumerable<string> SpeedSection(string[] speed)
    {
        var c = CultureInfo.InvariantCulture;
        using var ours = JsonDocument.Parse(File.ReadAllText(speed[2]));
        long tokens = ours.RootElement.GetProperty("tokens").GetInt64();
        double theirs = tokens / double.Parse(speed[1], c);
        double tag = tokens / ours.RootElement.GetProperty("tagSeconds").GetDouble();
        double extract = tokens / ours.RootElement.GetProperty("extractSeconds").GetDouble();
        double firstTag = tokens / ours.RootElement.GetProperty("firstTagSeconds").GetDouble();
        double firstExtract = tokens / ours.RootElement.GetProperty("firstExtractSeconds").GetDouble();
        return
        [
            "",
            "## Throughput on a large text (both warm, one thread each)",
            "",
            $"The sentences of {speed[0]}, repeated in order to {tokens.ToString("N0", c)} tokens, one sentence per line for OpenNLP. " +
            "OpenNLP: tokens / the tagging time it reports (JVM start and model load excluded, its JIT warm-up amortized over the whole text). " +
            "Ours, in one process: the first pass over the whole text (JIT warm-up included, as in OpenNLP's figure), then the median of three more passes (warm): the tagger alone on the same tokens (features, weights, Viterbi, mention scores), " +
            "and the full pipeline `ExtractEntities` on the same sentences joined back into running text, 20 sentences per document " +
            "(tokenizer, sentence splitter, tagger, refiners, alias resolution: more work than OpenNLP does).",
            "",
            "| system | tokens/s, warm (median of 3) | ratio to OpenNLP | tokens/s, first pass | ratio to OpenNLP |",
            "|---|---:|---:|---:|---:|",
            string.Create(c, $"| OpenNLP name finder (tagging only; one pass) | {theirs:N0} | 1.00× | {theirs:N0} | 1.00× |"),
            string.Create(c, $"| ours, tagger alone | {tag:N0} | {tag / theirs:F2}× | {firstTag:N0} | {firstTag / theirs:F2}× |"),
            string.Create(c, $"| ours, full pipeline from raw text | {extract:N0} | {extract / theirs:F2}× | {firstExtract:N0} | {firstExtract / theirs:F2}× |"),
        ];
    }

    /// <summary><c>entities eval --json</c> prints <c>{"FILE": report}</c>; <c>opennlp-score</c> prints the report itself.</summary>
    private static JsonElement FirstReport(JsonElement root) =>
        root.TryGetProperty("core", out _) ? root : root.EnumerateObject().First().Value;

    private static string Prf(JsonElement report)
    {
        var core = report.GetProperty("core");
        return string.Create(CultureInfo.InvariantCulture,
            $"{core.GetProperty("precision").GetDouble() * 100:F2} / {core.GetProperty("recall").GetDouble() * 100:F2} / **{core.GetProperty("f1").GetDouble() * 100:F2}**");
    }

    private static string LabelF1(JsonElement report, string label) =>
        report.GetProperty("labels").TryGetProperty(label, out var score)
            ? (score.GetProperty("f1").GetDouble() * 100).ToString("F2", CultureInfo.InvariantCulture)
            : "–";
}
