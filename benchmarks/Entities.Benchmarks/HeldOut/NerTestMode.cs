using System.Globalization;
using Entities.French.Extraction;
using Entities.Tagging;

namespace Entities.Benchmarks.HeldOut;

/// <summary>
/// <c>ner-test [--data benchmarks/data/ner-news] [--model FILE]</c>: scores <c>ExtractEntities</c> on raw text against our own
/// held-out news documents (gold as inline character spans): exact-span precision, recall and F1 per label and micro-averaged
/// over PER, LOC and ORG (MISC is annotated but not scored). Held out: run it to report a model, never to tune one.
/// </summary>
public static class NerTestMode
{
    private static readonly string[] Scored = ["PER", "LOC", "ORG"];

    public static int Run(IReadOnlyList<string> args, string repository)
    {
        string data = Path.Combine(repository, "benchmarks", "data", "ner-news");
        string? model = null;
        bool errors = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Count: data = args[++i]; break;
                case "--model" when i + 1 < args.Count: model = args[++i]; break;
                case "--errors": errors = true; break;
                default:
                    Console.Error.WriteLine($"ner-test: unknown option '{args[i]}' (--data DIR, --model FILE, --errors)");
                    return 2;
            }
        }

        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Tagger = model is null ? null : CrfTagger.Load(model) });
        var counts = Scored.ToDictionary(l => l, _ => (Gold: 0, Predicted: 0, Correct: 0));
        var files = Directory.GetFiles(data, "*.txt").Order(StringComparer.Ordinal).ToArray();
        foreach (string file in files)
        {
            var (text, gold) = InlineAnnotations.Parse(File.ReadAllText(file));
            var predicted = extractor.ExtractEntities(text).Mentions.Select(m => (m.Start, m.End, Label: m.Label.ToCode())).Where(m => Scored.Contains(m.Label)).ToHashSet();
            var expected = gold.Select(g => (g.Start, g.End, g.Label)).Where(g => Scored.Contains(g.Label)).ToHashSet();
            foreach (string label in Scored)
            {
                var (g, p, k) = counts[label];
                counts[label] = (g + expected.Count(x => x.Label == label), p + predicted.Count(x => x.Label == label), k + predicted.Count(x => x.Label == label && expected.Contains(x)));
            }

            if (!errors) continue;
            foreach (var miss in expected.Except(predicted)) Console.WriteLine($"{Path.GetFileName(file)} missed {miss.Label} '{text[miss.Start..miss.End]}'");
            foreach (var wrong in predicted.Except(expected)) Console.WriteLine($"{Path.GetFileName(file)} wrong  {wrong.Label} '{text[wrong.Start..wrong.End]}'");
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{files.Length} documents from {data}, model {model ?? "(embedded)"}"));
        Console.WriteLine("| label | gold | predicted | correct | precision | recall | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (string label in Scored) Console.WriteLine(Line(label, counts[label], c));
        var total = (counts.Values.Sum(x => x.Gold), counts.Values.Sum(x => x.Predicted), counts.Values.Sum(x => x.Correct));
        Console.WriteLine(Line("PER+LOC+ORG", total, c));
        return 0;
    }

    private static string Line(string label, (int Gold, int Predicted, int Correct) n, CultureInfo c)
    {
        double p = n.Predicted == 0 ? 0 : 100.0 * n.Correct / n.Predicted, r = n.Gold == 0 ? 0 : 100.0 * n.Correct / n.Gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(c, $"| {label} | {n.Gold} | {n.Predicted} | {n.Correct} | {p:F2} | {r:F2} | {f:F2} |");
    }
}
