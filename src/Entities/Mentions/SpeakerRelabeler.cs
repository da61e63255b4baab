using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of the speaker named right after a quotation and its speech verb, the way the press and novels attribute
/// what is said: <c>« Nous manquons d'argent », a prévenu Tedros</c>, <c>« Nous resterons », a insisté Vauquelin</c>, and in an
/// incise of a line of dialogue, <c>— Entrez, dit Athos.</c>, <c>ajouta Mme Lauter</c> (the honorific left out). A mention there tagged LOC, ORG or MISC becomes PER, and capitalized
/// words the tagger left out become a person mention, unless the name is a known place or organization (<c>a prévenu
/// Moscou</c>) or its first word an ordinary French word (<c>a déclaré Le Maire</c> is the tagger's to read). Spans of existing
/// mentions never change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// After a closing quotation mark (<c>»</c>, <c>”</c>, <c>"</c>) and a comma, a verb of <c>quoteVerbs</c> (<c>a déclaré</c>,
/// <c>estime</c>); after the comma of a line of dialogue (opened by a dash or a quotation mark, or the comma after <c>!</c>,
/// <c>?</c> or <c>…</c>), a verb of <c>inciseVerbs</c> (the past historic of novels: <c>dit</c>, <c>répondit</c>); never an
/// acronym (<c>le règlement général, dit RGPD</c>);
/// then one space and the name: one to three capitalized words joined by single spaces (a particle such as <c>de</c> may
/// stand between them, a space after it).
/// </remarks>
public sealed class SpeakerRelabeler : IMentionRefiner
{
    /// <summary>The score of the person mentions this refiner adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most words of a name added.</summary>
    private const int MaxWords = 3;

    private readonly FollowingPhrases quoteVerbs;
    private readonly FollowingPhrases inciseVerbs;
    private readonly HashSet<string> particles;
    private readonly HashSet<string> honorifics;
    private readonly HashSet<string> ordinaryWords;
    private readonly Func<string, bool> isKnownName;

    /// <summary>
    /// Creates the relabeler. <paramref name="quoteVerbs"/> and <paramref name="inciseVerbs"/> are lower case with straight
    /// apostrophes (see the remarks); <paramref name="particles"/> the lower-case words a name may hold (<c>de</c>, <c>van</c>);
    /// <paramref name="honorifics"/> the words, as written, that may stand before the name and stay out of it (<c>Mme</c>, <c>Monsieur</c>);
    /// <paramref name="isKnownName"/> says whether a name is a known place or organization; <paramref name="ordinaryWords"/> are
    /// the lower-case words no added name starts with.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A verb phrase is empty or too long.</exception>
    public SpeakerRelabeler(IEnumerable<string> quoteVerbs, IEnumerable<string> inciseVerbs, IEnumerable<string> particles, IEnumerable<string> honorifics, Func<string, bool> isKnownName, IEnumerable<string> ordinaryWords)
    {
        ArgumentNullException.ThrowIfNull(particles);
        ArgumentNullException.ThrowIfNull(honorifics);
        this.honorifics = new HashSet<string>(honorifics, StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(isKnownName);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        this.quoteVerbs = new FollowingPhrases(quoteVerbs, nameof(quoteVerbs));
        this.inciseVerbs = new FollowingPhrases(inciseVerbs, nameof(inciseVerbs));
        this.particles = new HashSet<string>(particles, StringComparer.Ordinal);
        this.ordinaryWords = new HashSet<string>(ordinaryWords, StringComparer.Ordinal);
        this.isKnownName = isKnownName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? relabeled = null;
        List<EntityMention>? added = null;
        int m = 0;
        for (int comma = text.IndexOf(','); comma >= 0; comma = comma + 1 < text.Length ? text.IndexOf(',', comma + 1) : -1)
        {
            // The verb first (a look at the next word), the line's opening (a scan back) only after an incise verb.
            bool afterQuote = AfterClosingQuote(text, comma);
            int verbEnd = inciseVerbs.EndOfPhraseAfter(text, comma + 1);
            if (verbEnd >= 0 && !afterQuote && !InDialogue(text, comma)) verbEnd = -1;
            if (verbEnd < 0 && afterQuote) verbEnd = quoteVerbs.EndOfPhraseAfter(text, comma + 1);
            if (verbEnd < 0 || verbEnd + 1 >= text.Length || text[verbEnd] != ' ' || !char.IsUpper(text[verbEnd + 1])) continue;
            int start = AfterHonorific(text, verbEnd + 1);
            if (start < 0) continue;
            while (m < mentions.Count && mentions[m].End <= start) m++;
            if (m < mentions.Count && mentions[m].Start <= start)
            {
                var mention = mentions[m];
                if (mention.Start == start && mention.Label is EntityLabel.Location or EntityLabel.Organization or EntityLabel.Miscellaneous && !isKnownName(mention.Text) && !IsCapitals(mention.Text))
                    (relabeled ??= [.. mentions])[m] = mention with { Label = EntityLabel.Person };
                continue;
            }

            int end = NameShape.CapitalizedWordsEnd(text, start, m < mentions.Count ? mentions[m].Start : text.Length, MaxWords, particles);
            if (end < 0) continue;
            string name = text[start..end];
            if (IsCapitals(name)) continue;   // an acronym (le règlement, dit RGPD)
            int firstSpace = name.IndexOf(' ');
            if (ordinaryWords.Contains((firstSpace < 0 ? name : name[..firstSpace]).ToLowerInvariant()) || isKnownName(name)) continue;
            (added ??= []).Add(new EntityMention(start, end, name, EntityLabel.Person, Score, null));
        }

        IReadOnlyList<EntityMention> result = relabeled ?? mentions;
        return added is null ? result : SortedMentions.Merge(result, added);
    }

    /// <summary>Where the name starts: after an honorific and one space (<c>dit Mme Lauter</c>), else at <paramref name="start"/>; -1 when no capital follows the honorific.</summary>
    private int AfterHonorific(string text, int start)
    {
        int stop = start;
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] == '.')) stop++;
        var lookup = honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
        var word = text.AsSpan(start, stop - start);
        if (!lookup.Contains(word) && !lookup.Contains(word.TrimEnd('.'))) return start;   // M., Mme, Mr. (listed as Mr)
        return stop + 1 < text.Length && text[stop] == ' ' && char.IsUpper(text[stop + 1]) ? stop + 1 : -1;
    }

    /// <summary>Whether <paramref name="surface"/> has no lower-case letter (an acronym, a word in capitals).</summary>
    private static bool IsCapitals(string surface) => !surface.Any(char.IsLower);

    /// <summary>How far back (characters) the start of a line of dialogue is looked for.</summary>
    private const int DialogueReach = 400;

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> ends a line of dialogue: its line opens with a dash or an opening quotation
    /// mark (<c>— Entrez, dit Athos</c>), or an exclamation, question mark or ellipsis stands right before it; not a phrase in
    /// apposition (<c>le règlement, dit RGPD</c>).
    /// </summary>
    private static bool InDialogue(string text, int comma)
    {
        int i = comma - 1;
        while (i >= 0 && text[i] is ' ' or '\u00A0' or '\u202F') i--;
        if (i >= 0 && text[i] is '!' or '?' or '…') return true;
        int lineStart = text.LastIndexOf('\n', comma, Math.Min(comma + 1, DialogueReach));
        if (lineStart < 0 && comma >= DialogueReach) return false;
        int first = lineStart + 1;
        while (first < comma && char.IsWhiteSpace(text[first])) first++;
        return first < comma && text[first] is '—' or '–' or '-' or '«' or '\u201C' or '"';
    }

    /// <summary>Whether a closing quotation mark stands right before the comma at <paramref name="comma"/> (spaces between).</summary>
    private static bool AfterClosingQuote(string text, int comma)
    {
        int i = comma - 1;
        while (i >= 0 && text[i] is ' ' or '\u00A0' or '\u202F') i--;
        return i >= 0 && text[i] is '»' or '\u201D' or '"';
    }
}
