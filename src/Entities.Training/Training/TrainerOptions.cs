namespace Entities.Training;

/// <summary>Settings of <see cref="TaggerTrainer"/>.</summary>
public sealed class TrainerOptions
{
    /// <summary>Maximum number of passes over the training data (default 12).</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the per-epoch shuffle; the same seed and data give a byte-identical model (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Stop after this many epochs without dev improvement (default 3; 0 = never stop early).</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Features seen fewer times in the training data are not learned (default 2).</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights whose magnitude is below this are dropped from the model (default 0.01).</summary>
    public float PruneThreshold { get; init; } = 0.01f;

    /// <summary>
    /// Fit the temperature of the mention scores on the dev sentences after training (default true); otherwise the
    /// scores use the raw perceptron scale (temperature 1).
    /// </summary>
    public bool FitTemperature { get; init; } = true;

    /// <summary>The labels to learn; tags of other labels are treated as <c>O</c> (default: all four).</summary>
    public IReadOnlyList<EntityLabel> Labels { get; init; } = EntityLabels.All;

    /// <summary>The weight update (default <see cref="UpdateRule.Perceptron"/>).</summary>
    public UpdateRule Update { get; init; } = UpdateRule.Perceptron;

    /// <summary>
    /// Cost-augmented decoding during training: every wrong tag of a token gets this bonus, so the gold path must beat
    /// the others by a margin proportional to their Hamming distance (default 0 = plain decoding).
    /// </summary>
    public float MarginCost { get; init; }

    /// <summary>Aggressiveness <c>C</c> of <see cref="UpdateRule.PassiveAggressive"/>: the largest step (default 0.5).</summary>
    public float Aggressiveness { get; init; } = 0.5f;

    /// <summary>AdaGrad step size of <see cref="UpdateRule.Crf"/> (default 0.1).</summary>
    public float LearningRate { get; init; } = 0.1f;

    /// <summary>L2 penalty <c>λ</c> of <see cref="UpdateRule.Crf"/> over the whole training corpus, <c>λ/2·‖w‖²</c> (default 0).</summary>
    public float L2 { get; init; }

    /// <summary>Keep the averaged weights (default true); otherwise the weights at the end of the epoch.</summary>
    public bool Average { get; init; } = true;

    /// <summary>
    /// Number of perceptrons trained with different shuffle seeds (the first with <see cref="Seed"/>, the others with seeds
    /// derived from it), each keeping its best dev epoch; the model holds the mean of their weights, which scores every
    /// sentence with the mean of their scores, at the cost of one model (default 1).
    /// </summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>
    /// Probability that a training token's feature is left out of one visit of its sentence (decoding and update),
    /// drawn per feature, sentence visit and seed (default 0).
    /// </summary>
    public float FeatureDropout { get; init; }

    /// <summary>
    /// Probability that a training token's identity features (exact word, lower-case word, capitalized word) are left out
    /// of one visit of its sentence, so the weights also learn to tag from affixes, shapes, classes and context, as for
    /// unseen names (default 0).
    /// </summary>
    public float WordDropout { get; init; }

    /// <summary>Facts stored in the model (training data, command line).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfNegative(Patience, nameof(Patience));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinFeatureCount, 1, nameof(MinFeatureCount));
        ArgumentOutOfRangeException.ThrowIfNegative(PruneThreshold, nameof(PruneThreshold));
        ArgumentOutOfRangeException.ThrowIfNegative(MarginCost, nameof(MarginCost));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Aggressiveness, nameof(Aggressiveness));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate, nameof(LearningRate));
        ArgumentOutOfRangeException.ThrowIfNegative(L2, nameof(L2));
        ArgumentOutOfRangeException.ThrowIfLessThan(Ensemble, 1, nameof(Ensemble));
        if (!(FeatureDropout >= 0 && FeatureDropout < 1)) throw new ArgumentOutOfRangeException(nameof(FeatureDropout), "The dropout must be in [0, 1).");
        if (!(WordDropout >= 0 && WordDropout < 1)) throw new ArgumentOutOfRangeException(nameof(WordDropout), "The dropout must be in [0, 1).");
        if (Labels.Count == 0) throw new ArgumentOutOfRangeException(nameof(Labels), "At least one label is needed.");
    }
}
