namespace Entities.Training;

/// <summary>Progress of one training epoch.</summary>
/// <param name="Epoch">1-based epoch number (0 for the final report of an ensemble).</param>
/// <param name="Epochs">Maximum number of epochs.</param>
/// <param name="TrainTokenAccuracy">Share of training tokens tagged right during the pass (before the update); NaN for the final report of an ensemble.</param>
/// <param name="DevF1">PER/LOC/ORG exact-span micro-F1 of the averaged weights on the dev set (NaN without dev data).</param>
/// <param name="IsBest">Whether this epoch's weights are the best so far (and are kept).</param>
/// <param name="Elapsed">Time since training started.</param>
public sealed record EpochReport(int Epoch, int Epochs, double TrainTokenAccuracy, double DevF1, bool IsBest, TimeSpan Elapsed)
{
    /// <summary>1-based ensemble member being trained; 0 for the report of the averaged ensemble (default 1).</summary>
    public int Member { get; init; } = 1;

    /// <summary>Number of ensemble members (default 1).</summary>
    public int Members { get; init; } = 1;
}
