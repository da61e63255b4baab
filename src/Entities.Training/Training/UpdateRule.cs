namespace Entities.Training;

/// <summary>How <see cref="TaggerTrainer"/> changes the weights after decoding a training sentence.</summary>
public enum UpdateRule
{
    /// <summary>Collins' perceptron: +1 on the gold path's features, −1 on the predicted path's, when they differ.</summary>
    Perceptron,

    /// <summary>
    /// Passive-aggressive (PA-I, Crammer et al. 2006): the same direction scaled by
    /// <c>τ = min(C, loss / ‖Φ(gold) − Φ(predicted)‖²)</c>, where the loss is the predicted path's score minus the gold
    /// path's plus the margin cost times the Hamming distance.
    /// </summary>
    PassiveAggressive,

    /// <summary>
    /// Conditional random field: each sentence's negative log-likelihood gradient (forward-backward marginals minus the
    /// gold counts) applied with AdaGrad steps of <see cref="TrainerOptions.LearningRate"/>, with an optional L2 penalty
    /// <see cref="TrainerOptions.L2"/>; a margin cost makes it softmax-margin.
    /// </summary>
    Crf,
}
