using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a name of several words the label its first word decides: with the heads that only organizations have, <c>CHU de
/// Grenoble</c> or <c>Banque de France</c> read as places become organizations. Spans never change. Immutable and thread-safe.
/// </summary>
/// <remarks>Only mentions of several words, labelled one of the given labels; the first word compared as written.</remarks>
public sealed class FirstWordRelabeler : IMentionRefiner
{
    private readonly EntityLabel label;
    private readonly FrozenSet<EntityLabel> from;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;

    /// <summary>Creates a relabeler giving <paramref name="label"/> to mentions of <paramref name="from"/> whose first word is one of <paramref name="words"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public FirstWordRelabeler(EntityLabel label, IEnumerable<EntityLabel> from, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(words);
        this.label = label;
        this.from = from.ToFrozenSet();
        this.words = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this));
    }

    private readonly struct Rule(FirstWordRelabeler relabeler) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention)
        {
            if (mention.Label == relabeler.label || !relabeler.from.Contains(mention.Label)) return null;
            int space = mention.Text.IndexOf(' ');
            return space > 0 && relabeler.words.Contains(mention.Text.AsSpan(0, space)) ? relabeler.label : null;
        }
    }
}
