using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>Which word of a name <see cref="NameWordRelabeler"/> reads.</summary>
public enum NameWord
{
    /// <summary>The first word: a head noun (<c>CHU de Grenoble</c>, <c>rue Cambon</c>).</summary>
    First,

    /// <summary>The last word: a firm's or body's final word (<c>Bouchet TP</c>, <c>Bordeaux Métropole</c>).</summary>
    Last,
}

/// <summary>
/// Gives a name of several words the label its first or last word decides: with the heads that only organizations have,
/// <c>CHU de Grenoble</c> or <c>Banque de France</c> read as places become organizations; with the final words of firms and
/// bodies, <c>Bouchet TP</c> read as a person or <c>Bordeaux Métropole</c> read as a place become organizations. Spans never
/// change. Immutable and thread-safe.
/// </summary>
/// <remarks>Only mentions of several words, labelled one of the given labels; the word compared as written.</remarks>
public sealed class NameWordRelabeler : IMentionRefiner
{
    private readonly EntityLabel label;
    private readonly NameWord position;
    private readonly FrozenSet<EntityLabel> from;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly Func<string, bool>? unless;

    /// <summary>
    /// Creates a relabeler giving <paramref name="label"/> to mentions of <paramref name="from"/> whose word at
    /// <paramref name="position"/> is one of <paramref name="words"/>, unless <paramref name="unless"/> says otherwise of the mention's
    /// text (<c>Tina Arena</c>: a given name first).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="unless"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a <see cref="NameWord"/>.</exception>
    public NameWordRelabeler(EntityLabel label, NameWord position, IEnumerable<EntityLabel> from, IEnumerable<string> words, Func<string, bool>? unless = null)
    {
        this.unless = unless;
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(words);
        if (position is not (NameWord.First or NameWord.Last)) throw new ArgumentOutOfRangeException(nameof(position), position, "Not a NameWord.");
        this.label = label;
        this.position = position;
        this.from = from.ToFrozenSet();
        this.words = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this));
    }

    private readonly struct Rule(NameWordRelabeler relabeler) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention)
        {
            if (mention.Label == relabeler.label || !relabeler.from.Contains(mention.Label)) return null;
            var name = mention.Text.AsSpan();
            ReadOnlySpan<char> word;
            if (relabeler.position == NameWord.First)
            {
                int space = name.IndexOf(' ');
                if (space <= 0) return null;
                word = name[..space];
            }
            else
            {
                int space = name.LastIndexOf(' ');
                if (space <= 0) return null;
                word = name[(space + 1)..];
            }

            return relabeler.words.Contains(word) && relabeler.unless?.Invoke(mention.Text) != true ? relabeler.label : null;
        }
    }
}
