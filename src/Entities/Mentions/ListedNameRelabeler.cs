using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a one-word name the label of the list it stands in (<c>Poiret, Madeleine Vionnet, Paquin</c>: people; <c>entrées à
/// Moldava, Bazias, Kovi</c>: places): a mention of one label listed (<c>, </c>, <c> et </c>) between two mentions of the
/// other, or after two listed ones, takes the other label. Spans never change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the name is one capitalized word with a lower-case letter (not a heading in capitals) and none the caller
/// keeps (<c>Jean Dupont, Lyon et Marie Curie</c> keeps the known place <c>Lyon</c>); two mentions of the list's label around
/// it, never one (<c>Roosevelt et Churchill</c> is left as the tagger read it: <c>Vichy et Laval</c> is as common).
/// </remarks>
public sealed class ListedNameRelabeler : IMentionRefiner
{
    private readonly EntityLabel from;
    private readonly EntityLabel to;
    private readonly Func<string, bool> keeps;

    /// <summary>
    /// Creates the relabeler that turns a <paramref name="from"/> name listed among <paramref name="to"/> mentions into a
    /// <paramref name="to"/>; <paramref name="keeps"/> says which names keep their label whatever their neighbours.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="keeps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> and <paramref name="to"/> are the same label.</exception>
    public ListedNameRelabeler(EntityLabel from, EntityLabel to, Func<string, bool> keeps)
    {
        ArgumentNullException.ThrowIfNull(keeps);
        if (from == to) throw new ArgumentException("The two labels must differ.", nameof(to));
        (this.from, this.to, this.keeps) = (from, to, keeps);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label != from || !NameShape.IsCapitalizedNameWord(mention.Text) || !InList(text, mentions, i) || keeps(mention.Text)) continue;
            result ??= [.. mentions];
            result[i] = mention with { Label = to };
        }

        return result ?? mentions;
    }

    /// <summary>
    /// Whether mention <paramref name="i"/> is listed between two mentions of the target label, or after two listed ones. Not
    /// before two only: a comma after a place often opens an apposition (<c>les maires de Lyon et de Bordeaux, Grégory Doucet et
    /// Pierre Hurmic</c>).
    /// </summary>
    private bool InList(string text, IReadOnlyList<EntityMention> mentions, int i)
    {
        bool left = Listed(text, mentions, i - 1, i);
        return left && (Listed(text, mentions, i + 1, i) || Listed(text, mentions, i - 2, i - 1));
    }

    /// <summary>Whether mention <paramref name="j"/> has the target label and is listed right next to mention <paramref name="k"/>.</summary>
    private bool Listed(string text, IReadOnlyList<EntityMention> mentions, int j, int k)
    {
        if (j < 0 || j >= mentions.Count || mentions[j].Label != to) return false;
        var (left, right) = j < k ? (mentions[j], mentions[k]) : (mentions[k], mentions[j]);
        return NameShape.IsListedWith(text, left.End, right.Start);
    }
}
