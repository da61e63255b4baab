using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Corrects the label of an all-capitals one-token mention that the alias table knows under a single label: a dateline
/// <c>VILNIUS —</c> tagged PER becomes LOC, because the tagger's case features mislead it on capitals. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Only single tokens written entirely in capitals (at least two letters) are touched, only when their folded form is a
/// name of the table, and only when every entry of that name has the same label; mixed-case mentions (<c>Paris Hilton</c>)
/// and names the table lists under several labels keep the tagger's label.
/// </remarks>
public sealed class AllCapsAliasRelabeler : IMentionRefiner
{
    private readonly AliasTable table;

    /// <summary>Creates a relabeler over <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public AllCapsAliasRelabeler(AliasTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        this.table = table;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(table, tokens));
    }

    /// <summary>The label of the only table entry named by a one-token mention in capitals.</summary>
    private readonly struct Rule(AliasTable table, IReadOnlyList<Token> tokens) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention)
        {
            if (!Capitals.IsCapitalsWord(mention.Text)) return null;
            int token = TokenLookup.TokenStartingAt(tokens, mention.Start);
            if (token < 0 || tokens[token].End != mention.End) return null;
            return table.TryGetEntry(mention.Text, out var entry) ? entry.Label : null;
        }
    }
}
