namespace Entities.Training;

/// <summary>How the neighbour counts of a word are turned into the vector that <see cref="WordClustering"/> clusters.</summary>
public enum ContextWeighting
{
    /// <summary>Square roots of the counts (a variance-stabilizing transform), then L2 normalization.</summary>
    SquareRoot,

    /// <summary>
    /// Positive pointwise mutual information per neighbour position, with the context distribution smoothed by the power
    /// 0.75 (rare contexts get less inflated association), then L2 normalization.
    /// </summary>
    Ppmi,
}

/// <summary>Settings of <see cref="WordClustering"/>; the defaults are the shipped model's.</summary>
public sealed record WordClusteringOptions
{
    /// <summary>Words seen fewer times are not clustered (default 4).</summary>
    public int MinCount { get; init; } = 4;

    /// <summary>Number of most frequent words used as context dimensions, per neighbour position (default 150).</summary>
    public int ContextWords { get; init; } = 150;

    /// <summary>
    /// Neighbour positions on each side: 1 = the adjacent words, 2 = also the words two positions away (default 2; 1 was
    /// the default of the models before 2026-11-21).
    /// </summary>
    public int Window { get; init; } = 2;

    /// <summary>Weighting of the neighbour counts (default <see cref="ContextWeighting.SquareRoot"/>).</summary>
    public ContextWeighting Weighting { get; init; } = ContextWeighting.SquareRoot;

    /// <summary>Number of coarse classes (default 64).</summary>
    public int Coarse { get; init; } = 64;

    /// <summary>Number of fine classes (default 384).</summary>
    public int Fine { get; init; } = 384;

    /// <summary>Seed of the k-means initialization (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCount, 1, nameof(MinCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(ContextWords, 1, nameof(ContextWords));
        ArgumentOutOfRangeException.ThrowIfLessThan(Window, 1, nameof(Window));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Window, 3, nameof(Window));
        ArgumentOutOfRangeException.ThrowIfLessThan(Coarse, 1, nameof(Coarse));
        ArgumentOutOfRangeException.ThrowIfLessThan(Fine, 1, nameof(Fine));
    }
}
