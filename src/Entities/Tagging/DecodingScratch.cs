namespace Entities.Tagging;

/// <summary>
/// The arrays one sentence's decoding needs (emissions, tags, Viterbi back-pointers, marginals and their recursions'
/// work space), kept with a <see cref="FeatureExtractor.Workspace"/> (same exclusivity) so that a sentence rents nothing.
/// Sentences longer than <see cref="MaxTokens"/> rent instead, so that no workspace keeps a huge array.
/// </summary>
internal sealed class DecodingScratch
{
    /// <summary>The longest sentence whose arrays are kept.</summary>
    public const int MaxTokens = 1024;

    /// <summary>Room for at least this many tokens (0 before the first use).</summary>
    public int Capacity { get; private set; }

    /// <summary>Emission scores, <c>Capacity × tags</c>.</summary>
    public float[] Emissions { get; private set; } = [];

    /// <summary>Decoded tags, <c>Capacity</c>.</summary>
    public int[] Tags { get; private set; } = [];

    /// <summary>Viterbi back-pointers (<see cref="BilouLattice.ViterbiScratchLength"/>).</summary>
    public int[] Back { get; private set; } = [];

    /// <summary>Marginals, <c>Capacity × tags</c>.</summary>
    public double[] Marginals { get; private set; } = [];

    /// <summary>The marginals' work space (<see cref="BilouLattice.MarginalsScratchLength"/>).</summary>
    public double[] Work { get; private set; } = [];

    /// <summary>Makes room for <paramref name="n"/> tokens (at most <see cref="MaxTokens"/>) of <paramref name="t"/> tags.</summary>
    public void Ensure(int n, int t)
    {
        if (n <= Capacity) return;
        int size = Math.Min(MaxTokens, Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n)));
        Capacity = size;
        Emissions = new float[size * t];
        Tags = new int[size];
        Back = new int[BilouLattice.ViterbiScratchLength(size, t)];
        Marginals = new double[size * t];
        Work = new double[BilouLattice.MarginalsScratchLength(size, t)];
    }
}
