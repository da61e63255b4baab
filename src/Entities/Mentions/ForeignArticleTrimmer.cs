using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Leaves a foreign article out of a name the alias table knows without it: <c>« The World Health Organization is… »</c>
/// tagged whole becomes <c>World Health Organization</c> (the table's OMS), as a French article stays out of a span
/// (<c>l'Otan</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: only organizations and places of two words or more whose first token is one of the articles (as written:
/// <c>The</c>, <c>Der</c>), only when the rest of the span is a name of the table and the whole span is not (<c>The
/// Economist</c>, <c>Der Spiegel</c>, names the table lists with their article, keep it). Labels and scores never change.
/// </remarks>
public sealed class ForeignArticleTrimmer : IMentionRefiner
{
    private readonly AliasTable table;
    private readonly HashSet<string> articles;

    /// <summary>Creates a trimmer of <paramref name="articles"/> (as written) before names of <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ForeignArticleTrimmer(AliasTable table, IEnumerable<string> articles)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(articles);
        this.table = table;
        this.articles = new HashSet<string>(articles, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return articles.Count == 0 ? mentions : MentionReplacement.Apply(mentions, new Rule(this, text, tokens));
    }

    private readonly struct Rule(ForeignArticleTrimmer trimmer, string text, IReadOnlyList<Token> tokens) : MentionReplacement.IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index) => trimmer.Trim(text, tokens, mentions[index]);
    }

    /// <summary>The mention without its leading article, or <see langword="null"/> when it keeps its span.</summary>
    private EntityMention? Trim(string text, IReadOnlyList<Token> tokens, EntityMention mention)
    {
        if (mention.Label is not (EntityLabel.Organization or EntityLabel.Location)) return null;
        int space = mention.Text.IndexOf(' ');
        if (space <= 0 || !articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(mention.Text.AsSpan(0, space))) return null;
        int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
        if (first < 0 || first + 1 >= tokens.Count || tokens[first + 1].Start >= mention.End) return null;
        int start = tokens[first + 1].Start;
        string rest = text[start..mention.End];
        if (table.GetEntries(rest).Count == 0 || table.GetEntries(mention.Text).Count > 0) return null;
        return mention with { Start = start, Text = rest };
    }
}
