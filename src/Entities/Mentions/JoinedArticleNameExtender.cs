using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Extends a person's name over the family names written with a lower-case article joined by a hyphen, which the tagger's case
/// features cut off (<c>Abdel Fattah al-Sissi</c> tagged <c>Abdel Fattah</c>, <c>Tamim ben Hamad al-Thani</c>): each word right
/// after the mention, one space apart, made of an article of the list, a hyphen and a capitalized name (<c>al-Sissi</c>,
/// <c>el-Materi</c>) joins it. A mention so extended, or one that already ends with such a word, whose first word is a given
/// name is a person whatever its label (<c>Ahmed al-Charaa</c> read as an organization); a lone word of that shape is never
/// tagged (<c>al-Qaida</c>, <c>al-Aqsa</c>). Immutable and thread-safe.
/// </summary>
public sealed class JoinedArticleNameExtender : IMentionRefiner
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> articles;
    private readonly Func<string, bool> isGivenName;

    /// <summary>Creates the extender.</summary>
    /// <param name="articles">The articles, as written before their hyphen (<c>al</c>, <c>el</c>).</param>
    /// <param name="isGivenName">Whether a word is a given name (<c>Ahmed</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public JoinedArticleNameExtender(IEnumerable<string> articles, Func<string, bool> isGivenName)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(isGivenName);
        this.articles = articles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.isGivenName = isGivenName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Count == 0 ? mentions : MentionReplacement.Apply(mentions, new Rule(this, text, tokens));
    }

    private readonly struct Rule(JoinedArticleNameExtender extender, string text, IReadOnlyList<Token> tokens) : MentionReplacement.IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index) => extender.Extend(text, tokens, mentions, index);
    }

    private EntityMention? Extend(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (mention.Label == EntityLabel.Miscellaneous) return null;
        int limit = index + 1 < mentions.Count ? mentions[index + 1].Start : text.Length;
        int end = mention.End;
        int t = TokenLookup.TokenStartingAt(tokens, end + 1);
        while (t >= 0 && t < tokens.Count && end < text.Length && text[end] == ' ' && tokens[t].Start == end + 1 && tokens[t].End <= limit && IsJoinedName(text, tokens[t]))
        {
            end = tokens[t].End;
            t++;
        }

        bool extended = end > mention.End;
        int space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return extended && mention.Label == EntityLabel.Person ? With(mention, text, end, mention.Label) : null;
        bool joinedLast = extended || EndsWithJoinedName(mention.Text);
        var label = joinedLast && mention.Label != EntityLabel.Person && isGivenName(mention.Text[..space]) ? EntityLabel.Person : mention.Label;
        if (!extended && label == mention.Label) return null;
        if (label != EntityLabel.Person) return null;   // an organization's name (Ansar al-Charia) is left as it is
        return With(mention, text, end, label);
    }

    private static EntityMention With(EntityMention mention, string text, int end, EntityLabel label) =>
        mention with { End = end, Text = text[mention.Start..end], Label = label };

    /// <summary>Whether the token is an article of the list, a hyphen and a capitalized word (<c>al-Sissi</c>).</summary>
    private bool IsJoinedName(string text, Token token) => token.Kind == TokenKind.Word && IsJoinedName(token.GetSpan(text));

    private bool IsJoinedName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 2 < word.Length && char.IsUpper(word[hyphen + 1]) && articles.Contains(word[..hyphen]);
    }

    private bool EndsWithJoinedName(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && IsJoinedName(name.AsSpan(space + 1));
    }
}
