namespace Entities.Training;

/// <summary>An online learner of emission and transition weights over a <see cref="FeaturizedCorpus"/>.</summary>
internal interface ISequenceLearner
{
    /// <summary>Learns from one sentence; leaves the tags it predicted before learning in <c>work.Tags</c> (for the training accuracy).</summary>
    void Learn(int[] features, int[] offsets, int[] gold, DecodeBuffers work);

    /// <summary>Writes the weights to decode with (averaged, regularized…) at the end of an epoch.</summary>
    void Snapshot(float[] weights, float[] transitions);
}
