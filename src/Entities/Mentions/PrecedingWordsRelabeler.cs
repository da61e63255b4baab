using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a one-word mention a label its context decides: right after one of a list of phrases, each ending with a
/// preposition (<c>PDG de</c>, <c>fondateur de</c>, <c>salariés de</c>), a name the tagger read as a person or left
/// miscellaneous is an organization (<c>le PDG de Michelin</c>, <c>le fondateur de Free</c>). Places keep their label, unless a filter given says otherwise (<c>le
/// fondateur de Rome</c>), and so do names of several words, where a run-on into a person is likelier (<c>Nvidia Jensen
/// Huang</c>). Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class PrecedingWordsRelabeler : IMentionRefiner
{
    private readonly PrecedingPhrases phrases;
    private readonly EntityLabel label;
    private readonly FrozenSet<EntityLabel> from;
    private readonly Func<string, bool> applies;

    /// <summary>
    /// Creates a relabeler giving <paramref name="label"/> to one-word mentions labelled one of <paramref name="from"/> written
    /// right after one of <paramref name="phrases"/> (lower case, straight apostrophes, each ending with its preposition:
    /// <c>pdg de</c>, <c>pdg d'</c>), compared case-insensitively at a word boundary.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than 60 characters.</exception>
    public PrecedingWordsRelabeler(EntityLabel label, IEnumerable<EntityLabel> from, IEnumerable<string> phrases)
        : this(label, from, phrases, static _ => true)
    {
    }

    /// <summary>
    /// As <see cref="PrecedingWordsRelabeler(EntityLabel, IEnumerable{EntityLabel}, IEnumerable{string})"/>, for the names
    /// <paramref name="applies"/> accepts only (<c>le PDG de Transalpe</c> read as a place, when the name is no known place).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than 60 characters.</exception>
    public PrecedingWordsRelabeler(EntityLabel label, IEnumerable<EntityLabel> from, IEnumerable<string> phrases, Func<string, bool> applies)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(applies);
        this.label = label;
        this.from = from.ToFrozenSet();
        this.phrases = new PrecedingPhrases(phrases, nameof(phrases));
        this.applies = applies;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this, text));
    }

    private readonly struct Rule(PrecedingWordsRelabeler relabeler, string text) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label != relabeler.label && relabeler.from.Contains(mention.Label) && NameShape.IsOneWord(mention.Text) && relabeler.phrases.EndBefore(text, mention.Start)
                && relabeler.applies(mention.Text)
                ? relabeler.label
                : null;

    }
}
