namespace Entities.Tagging;

/// <summary>The distributional classes of a word (lower case), at a coarse and a fine granularity.</summary>
/// <param name="Word">The word, lower case.</param>
/// <param name="Coarse">Class among few classes.</param>
/// <param name="Fine">Class among many classes.</param>
public readonly record struct WordCluster(string Word, int Coarse, int Fine);
