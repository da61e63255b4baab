namespace Entities.Training;

/// <summary>Progress of one training epoch.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Epochs">Maximum number of epochs.</param>
/// <param name="TrainTokenAccuracy">Share of training tokens tagged right during the pass (before the update).</param>
/// <param name="DevF1">PER/LOC/ORG exact-span micro-F1 of the averaged weights on the dev set (NaN without dev data).</param>
/// <param name="IsBest">Whether this epoch's weights are the best so far (and are kept).</param>
/// <param name="Elapsed">Time since training started.</param>
public sealed record EpochReport(int Epoch, int Epochs, double TrainTokenAccuracy, double DevF1, bool IsBest, TimeSpan Elapsed);
