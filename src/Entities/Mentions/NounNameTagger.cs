using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a capitalized name right after a noun that only introduces an organization's name as that organization: <c>les bancs
/// du groupe SOC</c>, <c>le parti Horizons</c>, <c>l'enseigne Carrefour</c>, <c>le constructeur Renault</c>. The name (one to
/// <see cref="MaxWords"/> capitalized words or acronyms, <c>Les Républicains</c>, <c>LFI-NFP</c>) becomes an organization, or
/// a mention over exactly it takes that label; after a plural noun, so do the names listed with it (<c>les groupes EcoS et
/// SOC</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the noun is compared as written (lower case), the name follows it after one space and starts with a
/// capital; a mention that covers more than the noun and the name (<c>groupe Renault de Flins</c> tagged whole) or a person named
/// there (<c>le groupe de M. Dupont</c> has a lower-case word between) is left alone, and one that opens with the noun and ends
/// in the name (<c>cabinet Mazars</c>, <c>cabinet Lemoine</c> of <c>le cabinet Lemoine Conseil</c>) becomes the name: the noun
/// stays out of the span. A new mention gets <see cref="Score"/>.
/// </remarks>
public sealed class NounNameTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most words of a name.</summary>
    public const int MaxWords = 3;

    private readonly HashSet<string> nouns;
    private readonly HashSet<string> qualifiers;
    private readonly SurfaceFilter nounFilter;
    private readonly EntityLabel label;
    private readonly bool wholeDocument;

    /// <summary>Creates the tagger over <paramref name="nouns"/> (lower case: <c>groupe</c>, <c>parti</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="nouns"/> is <see langword="null"/>.</exception>
    public NounNameTagger(IEnumerable<string> nouns)
        : this(nouns, [])
    {
    }

    /// <summary>
    /// Creates the tagger over <paramref name="nouns"/>; between the noun and the name may stand one of
    /// <paramref name="qualifiers"/> (lower-case adjectives: <c>le groupe pharmaceutique Sanofi</c>, <c>le constructeur
    /// sud-coréen Hyundai</c>) or <c>de</c>/<c>d'</c> and a lower-case noun (<c>le groupe de transport Transalpe</c>), each
    /// optionally followed by a qualifier. After a qualifier a mention over exactly the name takes the label whatever it was
    /// (<c>le groupe portugais Conservas Atlântico</c>, <c>la chaîne belge Plug RTL</c> read as persons); after <c>de</c> and a
    /// noun a person's name of several words is left alone (<c>le groupe de presse Jean Dupont</c>), and <c>le groupe de presse
    /// de Jean Dupont</c> has <c>de</c> right before the name and is not read at all.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NounNameTagger(IEnumerable<string> nouns, IEnumerable<string> qualifiers)
        : this(EntityLabel.Organization, nouns, qualifiers, wholeDocument: false)
    {
    }

    /// <summary>
    /// Creates a tagger giving <paramref name="label"/> to the names after <paramref name="nouns"/> (<c>la tempête Léonie</c>,
    /// <c>l'opération Barkhane</c> for <see cref="EntityLabel.Miscellaneous"/>), with <paramref name="qualifiers"/> as in
    /// <see cref="NounNameTagger(IEnumerable{string}, IEnumerable{string})"/>; with <paramref name="wholeDocument"/>, the other
    /// mentions of exactly that name in the document take the label too (<c>la tempête Léonie</c>… <c>Léonie a frappé</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NounNameTagger(EntityLabel label, IEnumerable<string> nouns, IEnumerable<string> qualifiers, bool wholeDocument)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(qualifiers);
        this.label = label;
        this.wholeDocument = wholeDocument;
        this.nouns = new HashSet<string>(nouns, StringComparer.Ordinal);
        this.qualifiers = new HashSet<string>(qualifiers, StringComparer.Ordinal);
        nounFilter = new SurfaceFilter(this.nouns);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        HashSet<string>? named = null;
        var lookup = nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = TokenLookup.AsSpan(tokens);
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            // Most tokens cannot be a noun of the list: jump to the next one that may.
            if ((t = nounFilter.FirstMayContain(text, span, t, tokens.Count - 1)) >= tokens.Count - 1) break;
            // The cheap tests first (a capitalized word one space after a lower-case word); the noun's lookup last.
            var noun = tokens[t];
            if (noun.Kind != TokenKind.Word || !char.IsLower(text[noun.Start]) || text.Length <= noun.End || text[noun.End] != ' ') continue;
            int first = t + 1;
            bool afterComplement = false;
            if (!IsName(text, tokens[first]) || tokens[first].Start != noun.End + 1)
            {
                if (qualifiers.Count == 0 || !lookup.Contains(noun.GetSpan(text)) || (first = AfterQualifiers(text, tokens, first, out afterComplement)) < 0) continue;
            }
            else if (!lookup.Contains(noun.GetSpan(text)))
            {
                continue;
            }
            int last = LastWordOfName(text, tokens, first);
            if (last == first && NameShape.IsCapitalizedArticle(tokens[first].GetSpan(text))) continue;   // a new sentence of a headline (`des partis La campagne…`)
            result = Apply(result ?? [.. mentions], text, noun.Start, tokens[first].Start, tokens[last].End, afterComplement, ref named);

            // After a plural noun, the names listed with it are of the label too (`les bancs des groupes EcoS et SOC`, `les
            // constructeurs Renault, Stellantis et Toyota`).
            var nounText = noun.GetSpan(text);
            if (nounText[^1] is not ('s' or 'x')) continue;
            while (last + 2 < tokens.Count && tokens[last + 1].GetSpan(text) is "et" or "," && IsName(text, tokens[last + 2])
                && tokens[last + 2].Start == tokens[last + 1].End + 1 && text[tokens[last + 1].End] == ' ')
            {
                first = last + 2;
                last = LastWordOfName(text, tokens, first);
                if (last == first && NameShape.IsCapitalizedArticle(tokens[first].GetSpan(text))) break;
                result = Apply(result, text, tokens[first].Start, tokens[first].Start, tokens[last].End, afterComplement, ref named);
            }
        }

        if (result is null) return mentions;
        if (wholeDocument && named is not null) MentionReplacement.RelabelNames(text, result, named, label);
        return result;
    }

    /// <summary>The last token of the name that starts at token <paramref name="first"/>: capitalized words one space apart, <see cref="MaxWords"/> at most.</summary>
    private static int LastWordOfName(string text, IReadOnlyList<Token> tokens, int first)
    {
        int last = first;
        while (last + 1 < tokens.Count && last + 1 - first < MaxWords && tokens[last + 1].Start == tokens[last].End + 1 && IsName(text, tokens[last + 1])) last++;
        return last;
    }

    /// <summary>
    /// The token of the name after the qualifying words that start at <paramref name="t"/> (a qualifier, or <c>de</c>/<c>d'</c>
    /// and a lower-case noun, then optionally a qualifier), or -1 when they are not there or no name follows;
    /// <paramref name="afterComplement"/> tells whether <c>de</c> and a noun were read.
    /// </summary>
    private int AfterQualifiers(string text, IReadOnlyList<Token> tokens, int t, out bool afterComplement)
    {
        int p = t;
        afterComplement = false;
        if (IsQualifier(text, tokens, p)) p++;
        else if (p + 1 < tokens.Count && tokens[p].GetSpan(text) is "de" or "d'" or "d\u2019" && Adjacent(text, tokens, p)
            && tokens[p + 1].Kind == TokenKind.Word && tokens[p + 1].Length >= 3 && char.IsLower(text[tokens[p + 1].Start]) && !IsArticle(tokens[p + 1].GetSpan(text)))
        {
            p += 2;
            afterComplement = true;
            if (IsQualifier(text, tokens, p)) p++;
        }
        else
        {
            return -1;
        }

        return p < tokens.Count && IsName(text, tokens[p]) && tokens[p].Start == tokens[p - 1].End + 1 && text[tokens[p - 1].End] == ' ' ? p : -1;
    }

    private bool IsQualifier(string text, IReadOnlyList<Token> tokens, int p) =>
        p + 1 < tokens.Count && tokens[p].Kind == TokenKind.Word && char.IsLower(text[tokens[p].Start])
        && qualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[p].GetSpan(text));

    /// <summary>Whether token <paramref name="p"/> is followed by the next one after one space, or right after its apostrophe.</summary>
    private static bool Adjacent(string text, IReadOnlyList<Token> tokens, int p)
    {
        int gap = tokens[p + 1].Start - tokens[p].End;
        return (gap == 0 && text[tokens[p].End - 1] is '\'' or '\u2019') || (gap == 1 && text[tokens[p].End] == ' ');
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "le" or "la" or "les" or "l'" or "l\u2019" or "un" or "une" or "des" or "du";

    /// <summary>A word or acronym that starts with a capital (<c>Horizons</c>, <c>SOC</c>, <c>EcoS</c>, <c>LFI-NFP</c>).</summary>
    private static bool IsName(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>
    /// The mentions with a name of the label over [start, end): added, or the mention over exactly it relabeled, or a mention
    /// from the noun at <paramref name="nounStart"/> into the name (<c>cabinet Mazars</c>, <c>cabinet Lemoine</c> of <c>le
    /// cabinet Lemoine Conseil</c>) made the name alone; unchanged otherwise. The name joins <paramref name="named"/>.
    /// </summary>
    private List<EntityMention> Apply(List<EntityMention> mentions, string text, int nounStart, int start, int end, bool afterComplement, ref HashSet<string>? named)
    {
        int at = 0;
        while (at < mentions.Count && mentions[at].End <= nounStart) at++;
        if (at < mentions.Count && mentions[at] is var lead && lead.Start == nounStart && nounStart < start && lead.End > start && lead.End <= end
            && (at + 1 == mentions.Count || mentions[at + 1].Start >= end))
        {
            mentions[at] = lead with { Start = start, End = end, Text = text[start..end], Label = label };
            (named ??= new(StringComparer.Ordinal)).Add(text[start..end]);
            return mentions;
        }

        while (at < mentions.Count && mentions[at].End <= start) at++;
        if (at < mentions.Count && mentions[at].Start < end)
        {
            var m = mentions[at];
            if (m.Start != start || m.End != end) return mentions;
            if (m.Label != label)
            {
                if (afterComplement && m.Label == EntityLabel.Person && m.Text.Contains(' ', StringComparison.Ordinal)) return mentions;
                mentions[at] = m with { Label = label };
            }

            (named ??= new(StringComparer.Ordinal)).Add(m.Text);
            return mentions;
        }

        mentions.Insert(at, new EntityMention(start, end, text[start..end], label, Score, null));
        (named ??= new(StringComparer.Ordinal)).Add(text[start..end]);
        return mentions;
    }
}
