namespace Entities.Training;

/// <summary>How <see cref="PerceptronTrainer"/> changes the weights after decoding a training sentence.</summary>
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
}
