using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entities.Evaluation;

/// <summary>Exact-span scores per label, the PER/LOC/ORG micro-average (the headline figure) and the all-label micro-average.</summary>
public sealed class EvaluationReport
{
    private static readonly EntityLabel[] CoreLabels = [EntityLabel.Person, EntityLabel.Location, EntityLabel.Organization];

    internal EvaluationReport(IReadOnlyDictionary<EntityLabel, LabelScore> perLabel, int sentences, int tokens)
    {
        PerLabel = perLabel;
        Sentences = sentences;
        Tokens = tokens;
        Core = CoreLabels.Aggregate(default(LabelScore), (acc, l) => acc + perLabel.GetValueOrDefault(l));
        All = perLabel.Values.Aggregate(default(LabelScore), (acc, s) => acc + s);
    }

    /// <summary>Scores per label (labels never seen are absent).</summary>
    public IReadOnlyDictionary<EntityLabel, LabelScore> PerLabel { get; }

    /// <summary>Micro-average over PER, LOC and ORG (MISC excluded: corpora disagree on it).</summary>
    public LabelScore Core { get; }

    /// <summary>Micro-average over every label, MISC included.</summary>
    public LabelScore All { get; }

    /// <summary>Sentences evaluated.</summary>
    public int Sentences { get; }

    /// <summary>Tokens evaluated.</summary>
    public int Tokens { get; }

    /// <summary>A conlleval-style table.</summary>
    public string ToText(string? title = null)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        if (title is not null) sb.AppendLine(title);
        sb.AppendLine(c, $"{Sentences} sentences, {Tokens} tokens");
        sb.AppendLine("label          gold  pred    TP  precision  recall      F1");
        foreach (var label in EntityLabels.All)
        {
            if (!PerLabel.TryGetValue(label, out var s)) continue;
            sb.AppendLine(Row(label.ToCode(), s));
        }

        sb.AppendLine(Row("PER+LOC+ORG", Core));
        sb.AppendLine(Row("all", All));
        return sb.ToString();
    }

    private static string Row(string name, LabelScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-12} {s.Gold,6} {s.Predicted,5} {s.TruePositives,5} {s.Precision * 100,9:F2} {s.Recall * 100,7:F2} {s.F1 * 100,7:F2}");

    /// <summary>A JSON object: <c>{"sentences":…,"tokens":…,"labels":{"PER":{…}},"core":{…},"all":{…}}</c>.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("sentences", Sentences);
            w.WriteNumber("tokens", Tokens);
            w.WriteStartObject("labels");
            foreach (var label in EntityLabels.All)
                if (PerLabel.TryGetValue(label, out var s)) WriteScore(w, label.ToCode(), s);
            w.WriteEndObject();
            WriteScore(w, "core", Core);
            WriteScore(w, "all", All);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteScore(Utf8JsonWriter w, string name, LabelScore s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("gold", s.Gold);
        w.WriteNumber("predicted", s.Predicted);
        w.WriteNumber("truePositives", s.TruePositives);
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteEndObject();
    }
}
