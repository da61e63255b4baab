namespace Entities.Sentences;

/// <summary>A sentence as a range of tokens: tokens <see cref="FirstToken"/> to <see cref="FirstToken"/> + <see cref="TokenCount"/> - 1.</summary>
/// <param name="FirstToken">Index of the sentence's first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence; at least 1.</param>
public readonly record struct Sentence(int FirstToken, int TokenCount)
{
    /// <summary>Index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
