namespace Entities.Corpora;

/// <summary>The language-specific word lists used by <see cref="CorpusNormalizer"/>.</summary>
public sealed class CorpusNormalizationOptions
{
    /// <summary>Titles and honorifics (<c>M</c>, <c>Mme</c>, <c>Dr</c>, <c>président</c>…) that are not part of a person's name.</summary>
    public IReadOnlyCollection<string> TitleWords { get; init; } = [];

    /// <summary>
    /// Lower-case words that may stand inside or at the end of a person's name (<c>de</c>, <c>von</c>, <c>ben</c>); any other
    /// lower-case words ending a person span are an apposition and leave it (<c>Dupont socialiste</c> → <c>Dupont</c>).
    /// Empty: trailing lower-case words are kept.
    /// </summary>
    public IReadOnlyCollection<string> NameParticles { get; init; } = [];

    /// <summary>
    /// Particles that leave a person's span with the title before them (<c>le comte de Villefort</c> → <c>Villefort</c>,
    /// <c>Madame d'Estrelle</c> → <c>Estrelle</c>), as written (<c>de</c>, <c>d'</c>, <c>du</c>); a particle inside a full name
    /// stays (<c>Charles de Gaulle</c>). Empty: particles stay.
    /// </summary>
    public IReadOnlyCollection<string> TitleParticles { get; init; } = [];

    /// <summary>Elided words without their apostrophe (<c>l</c>, <c>d</c>, <c>qu</c>, <c>jusqu</c>…).</summary>
    public IReadOnlyCollection<string> ElisionWords { get; init; } = [];

    /// <summary>
    /// Names that are places whatever they stand for (countries: <c>France</c>, <c>Royaume-Uni</c>): an ORG span whose whole text is one of them (ignoring case and diacritics) becomes a location, following the convention that metonymy
    /// takes the literal type (<c>la France a signé</c>). Corpora such as Sequoia tag those uses ORG.
    /// </summary>
    public IReadOnlyCollection<string> LiteralLocations { get; init; } = [];
}
