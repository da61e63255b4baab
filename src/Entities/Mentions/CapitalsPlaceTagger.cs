using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Finds the places that datelines and section heads of the press write in capitals and the tagger misses, its case features
/// misled (<c>RUSSIE. PETERSBOURG, 3 août.</c>, <c>SUISSE Chambres fédérales</c>, <c>LAUSANNE On nous prie…</c>): a token in
/// capitals that no mention covers, whose folded form is a known place (a country, a region, a city of the tables) and whose
/// folded form is no ordinary word (<c>TOURS</c>, <c>ORANGE</c>, <c>SENS</c>, <c>BREVES</c> stay) nor a given name, becomes a
/// place. In a dateline's place (the line's first word, then the line's end, a colon, a comma, a dash or a bracket:
/// <c>PLOUGUERNEAU –</c>, <c>AUDINCOURT (Doubs) –</c>, <c>ONNAING : TOYOTA…</c>) the smaller places of the dateline list count
/// too (the communes), a person the tagger read over exactly that word becomes the place, and so do the places of a
/// capitalized article and a word (<c>LA HAYE, 2 octobre</c>).
/// Immutable and thread-safe.
/// </summary>
public sealed class CapitalsPlaceTagger : IMentionRefiner
{
    /// <summary>The score of a place this layer adds.</summary>
    public const double Score = 0.8;

    private readonly HashSet<string> places;
    private readonly HashSet<string> datelinePlaces;
    private readonly HashSet<string> articlePlaces;
    private readonly SurfaceFilter filter;
    private readonly HashSet<string> ordinaryWords;
    private readonly Func<string, bool> isExcluded;

    /// <summary>
    /// Creates the tagger over <paramref name="places"/> (as written; compared folded: case, accents, hyphens), the language's
    /// <paramref name="ordinaryWords"/> (lower case) and a test for the words never taken (<paramref name="isExcluded"/>, given the
    /// word as written: given names).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CapitalsPlaceTagger(IEnumerable<string> places, IEnumerable<string> ordinaryWords, Func<string, bool> isExcluded)
        : this(places, [], ordinaryWords, isExcluded)
    {
    }

    /// <summary>
    /// Creates the tagger as <see cref="CapitalsPlaceTagger(IEnumerable{string}, IEnumerable{string}, Func{string, bool})"/> does,
    /// with <paramref name="datelinePlaces"/> (as written: communes, towns) read only in a dateline's place.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CapitalsPlaceTagger(IEnumerable<string> places, IEnumerable<string> datelinePlaces, IEnumerable<string> ordinaryWords, Func<string, bool> isExcluded)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(datelinePlaces);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        ArgumentNullException.ThrowIfNull(isExcluded);
        string[] large = [.. places.Where(IsWord)];
        string[] small = [.. datelinePlaces.Where(IsWord)];
        this.places = new HashSet<string>(large.Select(TextFolding.Fold), StringComparer.Ordinal);
        this.datelinePlaces = new HashSet<string>(small.Select(TextFolding.Fold), StringComparer.Ordinal);
        articlePlaces = new HashSet<string>(
            places.Concat(datelinePlaces).Where(p => p.StartsWith("La ", StringComparison.Ordinal) || p.StartsWith("Le ", StringComparison.Ordinal) || p.StartsWith("Les ", StringComparison.Ordinal))
                .Where(p => p.IndexOf(' ') == p.LastIndexOf(' ')).Select(TextFolding.Fold),
            StringComparer.Ordinal);
        string[] names = [.. large, .. small];

        // The names in capitals, with and without their accents (NOUVELLE-CALÉDONIE, NOUVELLE-CALEDONIE): the scan's pre-check.
        filter = new SurfaceFilter([.. names.Select(n => n.ToUpperInvariant()).Concat(names.Select(n => StripAccents(n).ToUpperInvariant())).Distinct(StringComparer.Ordinal)]);
        this.ordinaryWords = new HashSet<string>(ordinaryWords.Select(TextFolding.Fold), StringComparer.Ordinal);
        this.isExcluded = isExcluded;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? added = null;
        List<EntityMention>? relabeled = null;
        int m = 0;
        var span = TokenLookup.AsSpan(tokens);
        for (int t = 0; t < span.Length; t++)
        {
            if ((t = filter.FirstMayContain(text, span, t, span.Length)) >= span.Length) break;
            var token = span[t];

            // The cheap tests first: a word of three letters or more that starts with two capitals.
            if (token.Length < 3 || !char.IsUpper(text[token.Start]) || !char.IsUpper(text[token.Start + 1]) || !IsCapitalsName(token.GetSpan(text))) continue;
            while (m < mentions.Count && mentions[m].End <= token.Start) m++;
            bool dateline = IsDateline(text, token);
            bool covered = m < mentions.Count && mentions[m].Start < token.End;
            if (covered && !(dateline && mentions[m].Label == EntityLabel.Person && mentions[m].Start == token.Start && mentions[m].End == token.End)) continue;
            string word = token.GetText(text);
            string folded = TextFolding.Fold(word);
            if (!(places.Contains(folded) || (dateline && datelinePlaces.Contains(folded))) || ordinaryWords.Contains(folded) || isExcluded(TitleCase(word))) continue;
            if (covered)
            {
                relabeled ??= [.. mentions];
                relabeled[m] = mentions[m] with { Label = EntityLabel.Location };
                continue;
            }

            (added ??= []).Add(new EntityMention(token.Start, token.End, word, EntityLabel.Location, Score, null));
        }

        added = AddArticlePlaces(text, span, mentions, added, ref relabeled);
        IReadOnlyList<EntityMention> result = relabeled ?? mentions;
        return added is null ? result : SortedMentions.Merge(result, added);
    }

    private static bool IsWord(string place) => place.Length >= 3 && !place.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="token"/> stands where a dateline's place does: first on its line (after spaces at most), then
    /// what <see cref="IsDatelineEnd"/> allows.
    /// </summary>
    private static bool IsDateline(string text, Token token)
    {
        int before = token.Start - 1;
        while (before >= 0 && text[before] is ' ' or '\t') before--;
        if (before >= 0 && text[before] is not ('\n' or '\r')) return false;
        return IsDatelineEnd(text, token.End);
    }

    /// <summary>
    /// Whether a dateline's place may end at <paramref name="end"/>: then the line's end, a colon or a comma (<c>LA HAYE, 2
    /// octobre</c>, <c>ONNAING : TOYOTA…</c>), or a dash or an opening bracket after a space.
    /// </summary>
    private static bool IsDatelineEnd(string text, int end)
    {
        int after = end;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0') after++;
        if (after == text.Length || text[after] is '\n' or '\r' or ':' or ',') return true;
        return after > end && text[after] is '\u2013' or '\u2014' or '-' or '(';
    }

    /// <summary>
    /// The places of the lists whose name is a capitalized article and one word (<c>La Rochelle</c>, <c>La Haye</c>, <c>Le
    /// Havre</c>), read in capitals first on a line as a dateline's place (<c>LA ROCHELLE –</c>) when no mention covers them
    /// or one covers the word after the article alone.
    /// </summary>
    private List<EntityMention>? AddArticlePlaces(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<EntityMention> mentions, List<EntityMention>? added, ref List<EntityMention>? relabeled)
    {
        if (articlePlaces.Count == 0) return added;
        for (int line = text.IndexOf('\n'), start = 0; start < text.Length; start = line + 1, line = line < 0 ? -1 : text.IndexOf('\n', line + 1))
        {
            int t = TokenLookup.TokenStartingAt(tokens, SkipSpaces(text, start));
            if (t >= 0 && t + 1 < tokens.Length && tokens[t].GetSpan(text) is "LA" or "LE" or "LES" && tokens[t + 1].Start == tokens[t].End + 1
                && tokens[t + 1].Length >= 3 && IsCapitalsName(tokens[t + 1].GetSpan(text)) && IsDatelineEnd(text, tokens[t + 1].End)
                && articlePlaces.Contains(TextFolding.Fold(text[tokens[t].Start..tokens[t + 1].End])))
            {
                int first = tokens[t].Start, end = tokens[t + 1].End;
                int m = MentionLookup.FirstEndingAfter(relabeled ?? mentions, first);
                var current = relabeled ?? mentions;
                if (m < current.Count && current[m].Start < end)
                {
                    if (current[m].Start != tokens[t + 1].Start || current[m].End != end) goto next;
                    relabeled ??= [.. mentions];
                    relabeled[m] = relabeled[m] with { Start = first, Text = text[first..end], Label = EntityLabel.Location };
                }
                else
                {
                    // The word after the article may have been read alone as a place of its own above (`HAYE`): the longer name wins.
                    added?.RemoveAll(place => place.Start < end && first < place.End);
                    (added ??= []).Add(new EntityMention(first, end, text[first..end], EntityLabel.Location, Score, null));
                }
            }

        next:
            if (line < 0) break;
        }

        return added;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        return at;
    }

    /// <summary>The name with its letters' accents removed, case kept (<c>Calédonie</c> → <c>Caledonie</c>).</summary>
    private static string StripAccents(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) kept.Append(c);
        }

        return kept.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>Letters in capitals, with hyphens between them (<c>TEL-AVIV</c>), nothing else.</summary>
    private static bool IsCapitalsName(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!(char.IsLetter(c) && char.IsUpper(c)) && c != '-') return false;
        }

        return word[^1] != '-';
    }

    /// <summary><c>ANTOINE</c> → <c>Antoine</c>, <c>JEAN-PIERRE</c> → <c>Jean-Pierre</c>.</summary>
    private static string TitleCase(string word) =>
        string.Create(word.Length, word, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++) span[i] = i == 0 || source[i - 1] == '-' ? source[i] : char.ToLowerInvariant(source[i]);
        });
}
