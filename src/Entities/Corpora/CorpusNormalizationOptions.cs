namespace Entities.Corpora;

/// <summary>The language-specific word lists used by <see cref="CorpusNormalizer"/>.</summary>
public sealed class CorpusNormalizationOptions
{
    /// <summary>Titles and honorifics (<c>M</c>, <c>Mme</c>, <c>Dr</c>, <c>président</c>…) that are not part of a person's name.</summary>
    public IReadOnlyCollection<string> TitleWords { get; init; } = [];

    /// <summary>Elided words without their apostrophe (<c>l</c>, <c>d</c>, <c>qu</c>, <c>jusqu</c>…).</summary>
    public IReadOnlyCollection<string> ElisionWords { get; init; } = [];
}
