namespace Entities.Training;

/// <summary>Reusable emission and tag arrays for decoding training and dev sentences (one per training run).</summary>
internal sealed class DecodeBuffers(int tagCount)
{
    public float[] Emissions { get; private set; } = new float[64 * tagCount];

    public int[] Tags { get; private set; } = new int[64];

    /// <summary>Grows the arrays to hold <paramref name="n"/> tokens.</summary>
    public void Ensure(int n)
    {
        if (Tags.Length >= n) return;
        Tags = new int[n * 2];
        Emissions = new float[n * 2 * tagCount];
    }
}
