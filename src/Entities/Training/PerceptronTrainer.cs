using System.Diagnostics;
using Entities.Corpora;
using Entities.Evaluation;
using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/>: a structured averaged perceptron (Collins 2002) over BILOU tags with
/// first-order transitions, decoded with constrained Viterbi. Each epoch visits the training sentences in a seeded
/// shuffle; each sentence is decoded (cost-augmented when <see cref="TrainerOptions.MarginCost"/> is set, so the gold
/// path must win by a margin) and the weights updated by <see cref="TrainerOptions.Update"/>; the averaged weights of the epoch with the best dev PER/LOC/ORG F1 are kept, small weights pruned, and the
/// temperature of the mention scores is fitted on the dev sentences (see <see cref="TemperatureFitter"/>).
/// Deterministic: same data, configuration and options give a byte-identical model.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly TrainerOptions options;

    /// <summary>Creates a trainer.</summary>
    public PerceptronTrainer(TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
    }

    /// <summary>Trains a tagger.</summary>
    /// <param name="train">Training sentences (IOB2 tags).</param>
    /// <param name="dev">Sentences for epoch selection; may be empty (then the last epoch is kept).</param>
    /// <param name="features">Titles, elisions and gazetteers to use as features; stored in the model.</param>
    /// <param name="progress">Receives one report per epoch.</param>
    /// <param name="cancellationToken">Stops training between sentences.</param>
    public EntityTagger Train(IReadOnlyList<CorpusSentence> train, IReadOnlyList<CorpusSentence> dev, FeatureConfiguration features,
        IProgress<EpochReport>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(features);
        if (train.Count == 0) throw new ArgumentException("No training sentence.", nameof(train));
        var clock = Stopwatch.StartNew();
        var tagSet = new TagSet(options.Labels);
        int t = tagSet.Count;
        var (corpus, hashes) = FeaturizedCorpus.BuildTraining(train, features, tagSet, options.MinFeatureCount);
        var devCorpus = FeaturizedCorpus.Build(dev, features, tagSet, FeaturizedCorpus.IndexOf(hashes));
        var state = new PerceptronState(hashes.Length, t);
        var averaged = new float[hashes.Length * t];
        var averagedTransitions = new float[(t + 1) * t];
        float[]? best = null, bestTransitions = null;
        double bestF1 = double.NegativeInfinity;
        int sinceBest = 0;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, corpus.Count).ToArray();
        var work = new DecodeBuffers(t);

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (int s in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var gold = corpus.Gold[s];
                int n = gold.Length;
                work.Ensure(n);
                Learn(tagSet, state, corpus.Features[s], corpus.Offsets[s], gold, work);
                for (int i = 0; i < n; i++) if (work.Tags[i] == gold[i]) correct++;
                total += n;
            }

            if (options.Average) state.Average(averaged, averagedTransitions);
            else state.Current(averaged, averagedTransitions);
            double f1 = devCorpus.Count == 0 ? double.NaN : Score(tagSet, averaged, averagedTransitions, devCorpus, work);
            bool isBest = devCorpus.Count == 0 || f1 > bestF1;
            if (isBest)
            {
                bestF1 = f1;
                best = (float[])averaged.Clone();
                bestTransitions = (float[])averagedTransitions.Clone();
                sinceBest = 0;
            }
            else sinceBest++;

            progress?.Report(new EpochReport(epoch, options.Epochs, (double)correct / total, f1, isBest, clock.Elapsed));
            if (options.Patience > 0 && sinceBest >= options.Patience) break;
        }

        var model = Compact(tagSet, features, hashes, best!, bestTransitions!);
        if (options.FitTemperature && dev.Count > 0) model = model.WithTemperature(TemperatureFitter.Fit(model, dev));
        return new EntityTagger(model);
    }

    private TaggerModel Compact(TagSet tagSet, FeatureConfiguration features, ulong[] hashes, float[] weights, float[] transitions)
    {
        int t = tagSet.Count;
        var keptHashes = new List<ulong>();
        var keptWeights = new List<float>();
        var row = new float[t];
        for (int f = 0; f < hashes.Length; f++)
        {
            bool any = false;
            for (int j = 0; j < t; j++)
            {
                float w = weights[f * t + j];
                row[j] = Math.Abs(w) < options.PruneThreshold ? 0 : (float)(Half)w;
                any |= row[j] != 0;
            }

            if (!any) continue;
            keptHashes.Add(hashes[f]);
            keptWeights.AddRange(row);
        }

        var metadata = new Dictionary<string, string>(options.Metadata, StringComparer.Ordinal);
        return new TaggerModel(tagSet, features, new FeatureTable(keptHashes.ToArray(), keptWeights.ToArray(), t), (float[])transitions.Clone(), metadata);
    }

    private static double Score(TagSet tagSet, float[] weights, float[] transitions, FeaturizedCorpus dev, DecodeBuffers work)
    {
        var evaluator = new SpanEvaluator();
        var goldSpans = new List<(int, int, int)>();
        var predSpans = new List<(int, int, int)>();
        for (int s = 0; s < dev.Count; s++)
        {
            int n = dev.Gold[s].Length;
            work.Ensure(n);
            Decode(tagSet, weights, transitions, dev.Features[s], dev.Offsets[s], n, work);
            goldSpans.Clear();
            predSpans.Clear();
            tagSet.ToSpans(dev.Gold[s], goldSpans);
            tagSet.ToSpans(work.Tags.AsSpan(0, n), predSpans);
            evaluator.Add(ToLabeled(tagSet, goldSpans), ToLabeled(tagSet, predSpans), n);
        }

        return evaluator.Report().Core.F1;
    }

    private static List<(int, int, EntityLabel)> ToLabeled(TagSet tagSet, List<(int Start, int End, int LabelIndex)> spans) =>
        spans.Select(s => (s.Start, s.End, tagSet.Labels[s.LabelIndex])).ToList();

    /// <summary>Decodes one training sentence (cost-augmented when a margin is set) and updates the weights.</summary>
    private void Learn(TagSet tagSet, PerceptronState state, int[] features, int[] offsets, int[] gold, DecodeBuffers work)
    {
        int t = tagSet.Count, n = gold.Length;
        float cost = options.MarginCost;
        Emissions(tagSet, state.Weights, features, offsets, n, work);
        var emissions = work.Emissions.AsSpan(0, n * t);
        if (cost > 0)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < t; j++) if (j != gold[i]) emissions[i * t + j] += cost;
            }
        }

        SequenceDecoder.Viterbi(tagSet, emissions, state.Transitions, n, work.Tags);
        var predicted = work.Tags.AsSpan(0, n);
        if (predicted.SequenceEqual(gold))
        {
            state.Skip();
            return;
        }

        if (options.Update == UpdateRule.Perceptron)
        {
            state.Update(features, offsets, gold, predicted);
            return;
        }

        // Cost-augmented scores: loss = s'(predicted) − s'(gold), where s' includes the cost (0 on the gold path).
        double loss = PathScore(emissions, state.Transitions, predicted, t) - PathScore(emissions, state.Transitions, gold, t);
        int norm = PerceptronState.DifferenceNorm(offsets, gold, predicted);
        if (loss <= 0 || norm == 0)
        {
            state.Skip();
            return;
        }

        state.Update(features, offsets, gold, predicted, (float)Math.Min(options.Aggressiveness, loss / norm));
    }

    private static double PathScore(ReadOnlySpan<float> emissions, float[] transitions, ReadOnlySpan<int> tags, int t)
    {
        double score = 0;
        for (int i = 0; i < tags.Length; i++) score += emissions[i * t + tags[i]] + transitions[((i == 0 ? -1 : tags[i - 1]) + 1) * t + tags[i]];
        return score;
    }

    private static void Decode(TagSet tagSet, float[] weights, float[] transitions, int[] features, int[] offsets, int n, DecodeBuffers work)
    {
        Emissions(tagSet, weights, features, offsets, n, work);
        SequenceDecoder.Viterbi(tagSet, work.Emissions.AsSpan(0, n * tagSet.Count), transitions, n, work.Tags);
    }

    private static void Emissions(TagSet tagSet, float[] weights, int[] features, int[] offsets, int n, DecodeBuffers work)
    {
        int t = tagSet.Count;
        var emissions = work.Emissions.AsSpan(0, n * t);
        emissions.Clear();
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.Slice(i * t, t);
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var row = weights.AsSpan(features[k] * t, t);
                for (int j = 0; j < t; j++) scores[j] += row[j];
            }
        }
    }

    private sealed class DecodeBuffers(int tagCount)
    {
        public float[] Emissions = new float[64 * tagCount];
        public int[] Tags = new int[64];

        public void Ensure(int n)
        {
            if (Tags.Length >= n) return;
            Tags = new int[n * 2];
            Emissions = new float[n * 2 * tagCount];
        }
    }
}
