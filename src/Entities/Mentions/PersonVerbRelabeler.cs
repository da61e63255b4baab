using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of a one-word name right before a verb only people are the subject of (<c>Villefort sourit</c>,
/// <c>Estrelle soupira</c>, <c>Ford a plaisanté</c>), which the tagger read as a place, an organization or left miscellaneous.
/// A name the tables know as a place or an organization (<c>Ford</c>, the carmaker) needs more: a person named in full in the
/// same document whose last word it is (<c>L'acteur Harrison Ford</c>… <c>Ford a plaisanté</c>). A name after an article stays
/// (<c>la Suisse</c>). A capitalized word the tagger left out that is no ordinary French word becomes a person mention the same
/// way (<c>Marceau haussa les épaules</c>; not <c>Elle sourit</c>). Spans of existing mentions never change. Immutable and
/// thread-safe.
/// </summary>
public sealed class PersonVerbRelabeler : IMentionRefiner
{
    /// <summary>The longest verb phrase (characters).</summary>
    public const int MaxPhraseLength = FollowingPhrases.MaxPhraseLength;

    /// <summary>The score of the person mentions this refiner adds.</summary>
    public const double Score = 0.8;

    private static readonly FrozenSet<EntityLabel> From = [EntityLabel.Location, EntityLabel.Organization, EntityLabel.Miscellaneous];
    private readonly FollowingPhrases phrases;

    /// <summary>The first word of each phrase as the tokenizer cuts it (<c>sourit</c>, <c>a</c>, <c>s'</c>): the untagged scan's pre-check.</summary>
    private readonly SurfaceFilter firstWords;
    private readonly FrozenSet<string> ordinaryWords;
    private readonly FrozenSet<string> articles;
    private readonly Func<string, bool> isKnownName;

    /// <summary>
    /// Creates the relabeler. <paramref name="phrases"/> are the verb phrases (lower case, straight apostrophes: <c>sourit</c>,
    /// <c>a plaisanté</c>, <c>s'écria</c>), compared case-insensitively right after the name (one space) and up to a word
    /// boundary; <paramref name="articles"/> the lower-case words after which a name is no person's (<c>la</c>, <c>l'</c>);
    /// <paramref name="isKnownName"/> says whether a name is a known place or organization; a capitalized word left untagged
    /// becomes a person mention only when its lower-case form is none of <paramref name="ordinaryWords"/> (no word is added when
    /// the list is empty).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than <see cref="MaxPhraseLength"/> characters.</exception>
    public PersonVerbRelabeler(IEnumerable<string> phrases, IEnumerable<string> articles, Func<string, bool> isKnownName, IEnumerable<string> ordinaryWords)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(isKnownName);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        this.phrases = new FollowingPhrases(phrases, nameof(phrases));
        firstWords = new SurfaceFilter(
            [.. phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => p[..(p.IndexOfAny([' ', '\'']) is int cut and >= 0 ? (p[cut] == '\'' ? cut + 1 : cut) : p.Length)]).Distinct(StringComparer.Ordinal)]);
        this.articles = articles.ToFrozenSet(StringComparer.Ordinal);
        this.isKnownName = isKnownName;
        this.ordinaryWords = ordinaryWords.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        if (ordinaryWords.Count > 0) mentions = AddUntagged(text, tokens, mentions);

        // The mentions before a person verb, then the names among them that a person named in full in the document ends with.
        List<int>? candidates = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (From.Contains(mention.Label) && NameShape.IsOneWord(mention.Text) && char.IsUpper(mention.Text[0]) && phrases.StartAfter(text, mention.End)
                && !WordBefore.IsOneOf(text, mention.Start, articles))
                (candidates ??= []).Add(i);
        }

        if (candidates is null) return mentions;
        HashSet<string>? surnames = null;
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Person) continue;
            int space = mention.Text.LastIndexOf(' ');
            if (space > 0) (surnames ??= new(StringComparer.Ordinal)).Add(mention.Text[(space + 1)..]);
        }

        List<EntityMention>? result = null;
        foreach (int i in candidates)
        {
            var mention = mentions[i];
            if ((surnames is not null && surnames.Contains(mention.Text)) || !isKnownName(mention.Text)) (result ??= [.. mentions])[i] = mention with { Label = EntityLabel.Person };
        }

        return result ?? mentions;
    }

    /// <summary>
    /// The mentions with a person added over each capitalized word no mention covers, no ordinary word, right before a person
    /// verb and after no article, nor next to a word in capitals (a headline). The scan jumps from one token that may open a
    /// verb phrase to the next (<see cref="SurfaceFilter"/>), so its cost is that of the few such tokens.
    /// </summary>
    private IReadOnlyList<EntityMention> AddUntagged(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var span = TokenLookup.AsSpan(tokens);
        List<EntityMention>? added = null;
        int m = 0;
        for (int v = 1; v < span.Length; v++)
        {
            if ((v = firstWords.FirstMayContain(text, span, v, span.Length)) >= span.Length) break;
            int t = v - 1;
            var token = span[t];
            if (token.Length < 2 || !char.IsUpper(text[token.Start]) || !phrases.StartAfter(text, token.End)) continue;
            var surface = token.GetSpan(text);
            bool word = true;
            foreach (char c in surface) word &= char.IsLetter(c) || c == '-';
            if (!word) continue;
            while (m < mentions.Count && mentions[m].End <= token.Start) m++;
            if (m < mentions.Count && mentions[m].Start < token.End) continue;   // covered by a mention
            string name = surface.ToString();
            if (ordinaryWords.Contains(name.ToLowerInvariant()) || WordBefore.IsOneOf(text, token.Start, articles)
                || Capitals.IsCapitalsWord(text, span, t - 1) || Capitals.IsCapitalsWord(text, span, v)) continue;
            (added ??= []).Add(new EntityMention(token.Start, token.End, name, EntityLabel.Person, Score, null));
        }

        return added is null ? mentions : SortedMentions.Merge(mentions, added);
    }
}
