using System.Diagnostics;
using Entities.Corpora;
using Entities.Tagging;

namespace Entities.Training;

/// <summary>
/// Trains an <see cref="CrfTagger"/>: a linear model over BILOU tags with first-order transitions, decoded with
/// constrained Viterbi. Each epoch visits the training sentences in a seeded shuffle and the learner chosen by
/// <see cref="TrainerOptions.Update"/> learns from each: the structured averaged perceptron (Collins 2002) or
/// passive-aggressive steps (<see cref="PerceptronLearner"/>; cost-augmented decoding when
/// <see cref="TrainerOptions.MarginCost"/> is set, so the gold path must win by a margin), or a conditional random field
/// (<see cref="CrfLearner"/>). The snapshot (averaged weights) of the epoch with the best dev PER/LOC/ORG F1 is kept.
/// With <see cref="TrainerOptions.Ensemble"/> &gt; 1, several such runs with derived seeds are averaged into one model;
/// with feature or word dropout (<see cref="FeatureDropout"/>), each sentence visit leaves some features out. Small
/// weights are then pruned and the temperature of the mention scores is fitted on the dev sentences (see
/// <see cref="TemperatureFitter"/>). The class keeps its historical name: it trains every learner.
/// Deterministic: same data, configuration and options give a byte-identical model.
/// </summary>
public sealed class TaggerTrainer
{
    private readonly TrainerOptions options;

    /// <summary>Creates a trainer.</summary>
    public TaggerTrainer(TrainerOptions options)
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
    public CrfTagger Train(IReadOnlyList<CorpusSentence> train, IReadOnlyList<CorpusSentence> dev, FeatureConfiguration features,
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
        var work = new DecodeBuffers(t);
        float[] weights, transitions;
        if (options.Ensemble == 1)
        {
            (weights, transitions) = TrainMember(tagSet, corpus, devCorpus, hashes, options.Seed, 1, progress, clock, work, cancellationToken);
        }
        else
        {
            // Score-level ensemble folded into one model: Viterbi over the mean of the members' weights is Viterbi over the
            // mean of their scores, so inference costs the same as one member.
            var sum = new double[hashes.Length * t];
            var sumTransitions = new double[(t + 1) * t];
            for (int m = 1; m <= options.Ensemble; m++)
            {
                var (w, tr) = TrainMember(tagSet, corpus, devCorpus, hashes, MemberSeed(options.Seed, m), m, progress, clock, work, cancellationToken);
                for (int i = 0; i < w.Length; i++) sum[i] += w[i];
                for (int i = 0; i < tr.Length; i++) sumTransitions[i] += tr[i];
            }

            weights = Mean(sum, options.Ensemble);
            transitions = Mean(sumTransitions, options.Ensemble);
            if (devCorpus.Count > 0)
            {
                double f1 = TrainingDecoder.Score(tagSet, weights, transitions, devCorpus, work);
                progress?.Report(new EpochReport(0, options.Epochs, double.NaN, f1, true, clock.Elapsed) { Member = 0, Members = options.Ensemble });
            }
        }

        var model = Compact(tagSet, features, hashes, weights, transitions);
        if (options.FitTemperature && dev.Count > 0) model = model.WithTemperature(TemperatureFitter.Fit(model, dev));
        return new CrfTagger(model);
    }

    /// <summary>Seed of ensemble member <paramref name="member"/> (1-based); member 1 uses the configured seed itself.</summary>
    internal static int MemberSeed(int seed, int member) =>
        member == 1 ? seed : (int)(FeatureHash.Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)member) & int.MaxValue);

    private static float[] Mean(double[] sum, int count)
    {
        var mean = new float[sum.Length];
        for (int i = 0; i < sum.Length; i++) mean[i] = (float)(sum[i] / count);
        return mean;
    }

    /// <summary>One training run: epochs over a seeded shuffle, keeping the averaged weights of the best dev epoch.</summary>
    private (float[] Weights, float[] Transitions) TrainMember(TagSet tagSet, FeaturizedCorpus corpus, FeaturizedCorpus devCorpus, ulong[] hashes, int seed, int member,
        IProgress<EpochReport>? progress, Stopwatch clock, DecodeBuffers work, CancellationToken cancellationToken)
    {
        int t = tagSet.Count;
        int featureCount = hashes.Length;
        ISequenceLearner learner = options.Update == UpdateRule.Crf
            ? new CrfLearner(tagSet, featureCount, corpus.Count, options)
            : new PerceptronLearner(tagSet, featureCount, options);
        var averaged = new float[featureCount * t];
        var averagedTransitions = new float[(t + 1) * t];
        float[]? best = null, bestTransitions = null;
        double bestF1 = double.NegativeInfinity;
        int sinceBest = 0;
        var random = new Random(seed);
        var order = Enumerable.Range(0, corpus.Count).ToArray();
        var dropout = options.FeatureDropout > 0 || options.WordDropout > 0 ? new FeatureDropout(corpus, hashes, options.FeatureDropout, options.WordDropout, seed) : null;

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
                int[] features = corpus.Features[s], offsets = corpus.Offsets[s];
                if (dropout is not null) (features, offsets) = dropout.Apply(s, epoch);
                learner.Learn(features, offsets, gold, work);
                for (int i = 0; i < n; i++) if (work.Tags[i] == gold[i]) correct++;
                total += n;
            }

            learner.Snapshot(averaged, averagedTransitions);
            double f1 = devCorpus.Count == 0 ? double.NaN : TrainingDecoder.Score(tagSet, averaged, averagedTransitions, devCorpus, work);
            bool isBest = devCorpus.Count == 0 || f1 > bestF1;
            if (isBest)
            {
                bestF1 = f1;
                best = (float[])averaged.Clone();
                bestTransitions = (float[])averagedTransitions.Clone();
                sinceBest = 0;
            }
            else sinceBest++;

            progress?.Report(new EpochReport(epoch, options.Epochs, (double)correct / total, f1, isBest, clock.Elapsed) { Member = member, Members = options.Ensemble });
            if (options.Patience > 0 && sinceBest >= options.Patience) break;
        }

        return (best!, bestTransitions!);
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
}
