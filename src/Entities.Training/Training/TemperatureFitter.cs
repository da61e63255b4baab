using System.Buffers;
using Entities.Corpora;
using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Fits the temperature of a model's mention scores: the scale <c>T</c> such that marginals computed from
/// <c>score / T</c> give each predicted mention a probability of being exactly right (span and label) with the lowest
/// negative log-likelihood on held-out sentences. Decoding is unchanged; only <see cref="TaggedSpan.Score"/> moves.
/// Deterministic: a fixed log-spaced grid, then a finer grid around the best point.
/// </summary>
internal static class TemperatureFitter
{
    private const double MinScore = 1e-6;

    /// <summary>Returns the fitted temperature, or 1 when the sentences yield no predicted mention.</summary>
    public static float Fit(TaggerModel model, IReadOnlyList<CorpusSentence> sentences)
    {
        var cases = Collect(model, sentences);
        if (cases.Count == 0) return 1;
        double best = 1, bestLoss = Loss(model, cases, 1);
        for (int step = -16; step <= 48; step++)
        {
            double temperature = Math.Pow(2, step / 8.0);
            double loss = Loss(model, cases, temperature);
            if (loss < bestLoss) { bestLoss = loss; best = temperature; }
        }

        double center = best;
        for (int step = -8; step <= 8; step++)
        {
            double temperature = center * Math.Pow(2, step / 64.0);
            double loss = Loss(model, cases, temperature);
            if (loss < bestLoss) { bestLoss = loss; best = temperature; }
        }

        return (float)Math.Round(best, 3);
    }

    /// <summary>Negative log-likelihood per mention of the correctness of the predicted mentions at <paramref name="temperature"/>.</summary>
    public static double Loss(TaggerModel model, IReadOnlyList<SentenceCase> cases, double temperature)
    {
        var lattice = new BilouLattice(model.TagSet, model.Transitions, SequenceDecoder.ExpTransitions(model.TagSet, model.Transitions, 1 / temperature));
        var spans = new List<TaggedSpan>();
        double loss = 0;
        int count = 0;
        float[] buffer = [];
        foreach (var c in cases)
        {
            if (buffer.Length < c.Emissions.Length) buffer = new float[c.Emissions.Length];
            c.Emissions.CopyTo(buffer, 0);
            spans.Clear();
            CrfTagger.ScoreMentions(model.TagSet, buffer.AsSpan(0, c.Emissions.Length), c.Tags, c.Tags.Length, lattice, (float)(1 / temperature), spans);
            foreach (var span in spans)
            {
                bool correct = c.Gold.Contains((span.Start, span.End, span.Label));
                double p = Math.Clamp(span.Score, MinScore, 1 - MinScore);
                loss -= Math.Log(correct ? p : 1 - p);
                count++;
            }
        }

        return count == 0 ? 0 : loss / count;
    }

    /// <summary>Decodes each sentence once; keeps those with at least one predicted mention.</summary>
    public static List<SentenceCase> Collect(TaggerModel model, IReadOnlyList<CorpusSentence> sentences)
    {
        var tagger = new CrfTagger(model);
        int t = model.TagSet.Count;
        var cases = new List<SentenceCase>();
        var goldSpans = new List<(int Start, int End, int LabelIndex)>();
        foreach (var sentence in sentences)
        {
            int n = sentence.Count;
            if (n == 0) continue;
            var emissions = new float[n * t];
            tagger.Emissions(sentence.Tokens, emissions);
            var tags = new int[n];
            model.Lattice.Viterbi(emissions, n, tags);
            if (tags.All(tag => tag == 0)) continue;
            var gold = new int[n];
            model.TagSet.FromIob2(sentence.Tags, gold);
            goldSpans.Clear();
            model.TagSet.ToSpans(gold, goldSpans);
            var goldSet = goldSpans.Select(s => (s.Start, s.End, model.TagSet.Labels[s.LabelIndex])).ToHashSet();
            cases.Add(new SentenceCase(emissions, tags, goldSet));
        }

        return cases;
    }

    /// <summary>One decoded sentence: emission scores, Viterbi tags and gold mentions.</summary>
    internal sealed record SentenceCase(float[] Emissions, int[] Tags, HashSet<(int Start, int End, EntityLabel Label)> Gold);
}
