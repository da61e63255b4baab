using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the name right after an article and a lower-case nationality adjective as a company, the noun the press leaves out
/// (<c>le danois Jysk</c>, <c>l'espagnol Deoleo</c>, <c>le chinois BYD</c> for <c>le groupe danois Jysk</c>…): a person would
/// take the capitalized noun (<c>le Danois Hansen</c>). The tagger reads such names as persons or leaves them out. Immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the article (<c>le</c>, <c>la</c>, <c>l'</c>, <c>au</c>, <c>du</c>) and the adjective are one space apart,
/// and so are the adjective and the name. A place or one-word person mention there becomes an organization, an organization
/// stays, a MISC mention is left alone, and so is a person of several words, the tagger's surest reading; with no mention, up
/// to <see cref="MaxNameWords"/> capitalized words one space apart (<c>CMA CGM</c>, <c>Trade Republic</c>) become one. Web
/// writers also lower-case a nationality noun before a person (<c>le brésilien Robinho</c>, <c>l'argentin Lucas Biglia</c>):
/// a name whose first word is a given name, or which the document also writes at the end of a person of several words, or
/// which <c>isPerson</c> knows, is left alone, and so is a title-case headline. A new mention gets <see cref="Score"/>.
/// </remarks>
public sealed class NationalityAdjectiveCompanyTagger : IMentionRefiner
{
    /// <summary>The score of a company this layer adds.</summary>
    public const double Score = 0.6;

    /// <summary>The most capitalized words read as the name.</summary>
    public const int MaxNameWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adjectives;
    private readonly FrozenSet<string> articles;
    private readonly Func<string, bool> isPerson;

    /// <summary>Creates the tagger.</summary>
    /// <param name="adjectives">Singular nationality adjectives, lower case (<c>danois</c>, <c>espagnole</c>).</param>
    /// <param name="articles">The words before the adjective, lower case (<c>le</c>, <c>l'</c>, <c>au</c>).</param>
    /// <param name="isPerson">Whether a name is a person's: its first word a given name, or a known person.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NationalityAdjectiveCompanyTagger(IEnumerable<string> adjectives, IEnumerable<string> articles, Func<string, bool> isPerson)
    {
        ArgumentNullException.ThrowIfNull(adjectives);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(isPerson);
        this.adjectives = adjectives.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.articles = articles.Select(article => Apostrophes.Straighten(article).ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        this.isPerson = isPerson;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var span = TokenLookup.AsSpan(tokens);
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            bool? headline = null;
            for (int t = sentence.FirstToken + 1; t + 1 < sentence.EndToken; t++)
            {
                // The cheap tests first: a capitalized word after a lower-case one after a short word; the look-ups last.
                var adjective = span[t];
                var article = span[t - 1];
                var name = span[t + 1];
                if (article.Length > 3 || adjective.Kind != TokenKind.Word || !char.IsLower(text[adjective.Start]) || !char.IsUpper(text[name.Start])) continue;
                if (name.Start != adjective.End + 1 || text[adjective.End] != ' ' || !adjectives.Contains(adjective.GetSpan(text))) continue;
                if (!WordBefore.IsOneOf(text, adjective.Start, articles) || !IsNameWord(name.GetSpan(text))) continue;
                headline ??= !NameShape.HasLowerCaseWord(text, tokens, sentence);
                if (headline.Value) break;

                var current = result ?? mentions;
                var mention = MentionLookup.StartingAt(current, name.Start);
                if (mention is not null)
                {
                    bool relabel = mention.Label == EntityLabel.Location || (mention.Label == EntityLabel.Person && !mention.Text.Contains(' ', StringComparison.Ordinal));
                    if (!relabel || IsPersonName(mention.Text, current)) continue;
                    result ??= [.. mentions];
                    result[result.IndexOf(mention)] = mention with { Label = EntityLabel.Organization };
                    continue;
                }

                int last = t + 1;
                while (last + 1 < sentence.EndToken && last - t < MaxNameWords && span[last + 1].Start == span[last].End + 1 && text[span[last].End] == ' '
                    && IsNameWord(span[last + 1].GetSpan(text))) last++;
                int end = span[last].End;
                if (MentionLookup.Overlaps(current, name.Start, end) || IsPersonName(text[name.Start..end], current)) continue;
                result = MentionInsertion.Over(result ?? [.. mentions], text, name.Start, end, EntityLabel.Organization, Score);
            }
        }

        return result ?? mentions;
    }

    /// <summary>Whether <paramref name="name"/> is a person's, or ends a person of several words in the document (<c>Marc Overmars</c>… <c>le néerlandais Overmars</c>).</summary>
    private bool IsPersonName(string name, IReadOnlyList<EntityMention> mentions)
    {
        if (isPerson(name)) return true;
        foreach (var m in mentions)
        {
            if (m.Label == EntityLabel.Person && m.Text.Length > name.Length && m.Text.EndsWith(name, StringComparison.Ordinal) && m.Text[m.Text.Length - name.Length - 1] == ' ')
                return true;
        }

        return false;
    }

    /// <summary>A word that opens with a capital, of letters, digits, hyphens, apostrophes and ampersands (<c>Jysk</c>, <c>BYD</c>, <c>CMA</c>).</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (char c in word)
        {
            if (!char.IsLetterOrDigit(c) && c is not '-' and not '\'' and not '\u2019' and not '&') return false;
        }

        return true;
    }
}
