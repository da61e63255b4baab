using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of any mention that an honorific introduces: <c>M. Renault</c> tagged ORG (the carmaker's name) becomes
/// PER, and so does <c>Mme de Merteuil</c> tagged LOC. The honorific is the word just before the mention, or just before a
/// name particle (<c>de</c>, <c>d'</c>, <c>du</c>) that is. Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class HonorificPersonRelabeler : IMentionRefiner
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> honorifics;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> particles;
    private readonly Func<string, bool> applies;

    /// <summary>Creates a relabeler.</summary>
    /// <param name="honorifics">Honorifics, matched case-sensitively with or without a final period (<c>M.</c>, <c>Mme</c>).</param>
    /// <param name="particles">Name particles allowed between the honorific and the mention (<c>de</c>, <c>d'</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HonorificPersonRelabeler(IEnumerable<string> honorifics, IEnumerable<string> particles)
        : this(honorifics, particles, static _ => true)
    {
    }

    /// <summary>
    /// Creates a relabeler for the mentions <paramref name="applies"/> accepts only: titles that also precede places take a
    /// name that is no known place (<c>le cardinal de Tencin</c>, not <c>l'archevêque de Narbonne</c>).
    /// </summary>
    /// <param name="honorifics">Titles, matched case-sensitively with or without a final period.</param>
    /// <param name="particles">Name particles allowed between the title and the mention (<c>de</c>, <c>d'</c>).</param>
    /// <param name="applies">Whether a mention's text may be relabeled.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HonorificPersonRelabeler(IEnumerable<string> honorifics, IEnumerable<string> particles, Func<string, bool> applies)
    {
        ArgumentNullException.ThrowIfNull(honorifics);
        ArgumentNullException.ThrowIfNull(particles);
        ArgumentNullException.ThrowIfNull(applies);
        this.applies = applies;
        this.honorifics = TitleBefore.Lookup(honorifics, StringComparer.Ordinal);
        this.particles = particles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this, text));
    }

    /// <summary>A person when an honorific comes just before the mention.</summary>
    private readonly struct Rule(HonorificPersonRelabeler relabeler, string text) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label != EntityLabel.Person && TitleBefore.Precedes(text, mention.Start, relabeler.honorifics, relabeler.particles) && relabeler.applies(mention.Text) ? EntityLabel.Person : null;
    }
}
