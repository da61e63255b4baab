using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes an organization of a name that an apposition right after it describes as one: <c>Izivia, filiale d'EDF</c> read as
/// a person, <c>la Cofreth, entreprise de chauffage</c> read as a place, <c>Altimétrie Conseil, un cabinet lyonnais</c> not
/// read at all. The apposition is a comma, then a noun of the list (nouns that only ever describe an organization:
/// <c>filiale</c>, <c>entreprise</c>, <c>cabinet</c>), bare or after <c>un</c> or <c>une</c>. A mention that ends at the
/// comma becomes an organization; where there is none, the capitalized words before the comma become one. The other person
/// and place mentions of exactly that name in the document become the organization too (<c>Thermiflux, une entreprise…</c>,
/// then <c>Thermiflux appartient…</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the noun is compared as written (lower case) and must not be followed by an article (then it is a verb:
/// <c>Dupont, groupe les dossiers</c>); a definite article before the noun introduces the next name rather than describing
/// the one before (<c>à Lyon, la société Alsthom</c>): not read. A mention is relabeled only when it has at most
/// <see cref="MaxWords"/> words and <c>keep</c> does not hold for it (a known place or person keeps its label: <c>Lyon,
/// une ville…</c> is not at stake, but <c>à Lyon, entreprise et mairie…</c> is). Untagged words are read only when they are
/// one to <see cref="MaxWords"/> capitalized words one space apart (a longer run is left alone), none of them the sentence's first word when it is an
/// ordinary word (<c>Pourtant, entreprise…</c>), and no mention overlaps them. The comma may follow a space (text rebuilt
/// from tokens). A new mention gets <see cref="Score"/>.
/// </remarks>
public sealed class AppositionOrganizationTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most words of a name this layer reads.</summary>
    public const int MaxWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> articles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ordinaryWords;
    private readonly Func<string, bool> keep;

    /// <summary>Creates the tagger.</summary>
    /// <param name="nouns">Nouns that describe only an organization, lower case (<c>filiale</c>, <c>entreprise</c>).</param>
    /// <param name="articles">Articles after which a noun is a verb (<c>le</c>, <c>la</c>, <c>les</c>, <c>l'</c>).</param>
    /// <param name="ordinaryWords">Lower-case words of the language: a sentence's first word that is one is no name.</param>
    /// <param name="keep">Whether a mention's text keeps its label (a known place or person).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AppositionOrganizationTagger(IEnumerable<string> nouns, IEnumerable<string> articles, IEnumerable<string> ordinaryWords, Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        ArgumentNullException.ThrowIfNull(keep);
        this.nouns = nouns.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.articles = articles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.ordinaryWords = ordinaryWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.keep = keep;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        HashSet<string>? named = null;
        foreach (var sentence in sentences)
        {
            for (int t = sentence.FirstToken + 1; t + 1 < sentence.EndToken; t++)
            {
                var comma = tokens[t];
                if (comma.Length != 1 || text[comma.Start] != ',' || !DescribesAnOrganization(text, tokens, t + 1, sentence.EndToken)) continue;
                var before = tokens[t - 1];
                if (before.End != comma.Start && (before.End + 1 != comma.Start || text[before.End] != ' ')) continue;
                result = Tag(result ?? [.. mentions], text, tokens, sentence, t - 1, ref named);
            }
        }

        // The name the apposition describes is that organization in the whole document (`racheter Thermiflux, une entreprise…`,
        // then `Thermiflux appartient…` read as a person).
        if (result is not null && named is not null) MentionReplacement.RelabelNames(text, result, named, EntityLabel.Organization);
        return result ?? mentions;
    }

    /// <summary>Whether the tokens from <paramref name="t"/> are an optional <c>un</c>/<c>une</c> and a noun of the list, not followed by an article.</summary>
    private bool DescribesAnOrganization(string text, IReadOnlyList<Token> tokens, int t, int end)
    {
        if (t < end && tokens[t].GetSpan(text) is "un" or "une") t++;
        if (t >= end || tokens[t].Kind != TokenKind.Word || !nouns.Contains(tokens[t].GetSpan(text))) return false;
        return t + 1 >= end || !IsArticle(text, tokens[t + 1]);
    }

    private bool IsArticle(string text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Elision && articles.Contains(Apostrophes.Straighten(token.GetText(text)));

    /// <summary>Relabels the mention that ends with token <paramref name="last"/>, or tags the capitalized words that end there.</summary>
    private List<EntityMention> Tag(List<EntityMention> mentions, string text, IReadOnlyList<Token> tokens, Sentence sentence, int last, ref HashSet<string>? named)
    {
        int end = tokens[last].End;
        int i = MentionLookup.FirstEndingAfter(mentions, end - 1);   // the first mention that ends at the comma's word or after it
        if (i < mentions.Count && mentions[i].End == end)
        {
            var m = mentions[i];
            if (m.Label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Miscellaneous && WordCount(m.Text) <= MaxWords && !keep(m.Text))
            {
                mentions[i] = m with { Label = EntityLabel.Organization };
                (named ??= new(StringComparer.Ordinal)).Add(m.Text);
            }

            return mentions;
        }

        if (i < mentions.Count && mentions[i].Start < end) return mentions;   // a mention across the comma's word

        int first = last;
        while (first - 1 >= sentence.FirstToken && last - first + 1 < MaxWords && IsCapitalizedWord(text, tokens[first - 1]) && tokens[first - 1].End + 1 == tokens[first].Start)
            first--;
        if (!IsCapitalizedWord(text, tokens[last])) return mentions;
        if (first - 1 >= sentence.FirstToken && IsCapitalizedWord(text, tokens[first - 1]) && tokens[first - 1].End + 1 == tokens[first].Start) return mentions;   // a longer name
        while (first <= last && first == sentence.FirstToken && ordinaryWords.Contains(tokens[first].GetText(text).ToLowerInvariant())) first++;
        if (first > last) return mentions;
        (named ??= new(StringComparer.Ordinal)).Add(text[tokens[first].Start..end]);
        return MentionInsertion.Over(mentions, text, tokens[first].Start, end, EntityLabel.Organization, Score);
    }

    private static bool IsCapitalizedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length >= 2 && char.IsUpper(text[token.Start]);

    private static int WordCount(string surface)
    {
        int words = 1;
        foreach (char c in surface) if (c == ' ') words++;
        return words;
    }
}
