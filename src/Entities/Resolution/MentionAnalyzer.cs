using Entities.Knowledge;
namespace Entities.Resolution;

/// <summary>
/// Strips what is not part of a name from a mention (a leading elided article <c>l'</c>; for persons, leading titles with
/// their article: <c>M.</c>, <c>le président</c>) and reads the text just before the mention for a title or article that
/// hints at a person and their gender. The tagger normally leaves these out of the span; this copes when it does not.
/// </summary>
internal sealed class MentionAnalyzer(AliasResolverProfile profile)
{
    private const int MaxContextChars = 60;

    /// <summary>Analyzes one mention with a fresh scratch (see <see cref="Analyze(string, EntityMention, int, Scratch)"/>).</summary>
    public AnalyzedMention Analyze(string text, EntityMention mention, int index) => Analyze(text, mention, index, new Scratch());

    /// <summary>
    /// Analyzes one mention. <paramref name="scratch"/> holds the work buffers and the keys already built for the call's
    /// displays; use one per document (it is not thread-safe).
    /// </summary>
    public AnalyzedMention Analyze(string text, EntityMention mention, int index, Scratch scratch) => Analyze(text, mention, index, scratch, reuse: null);

    /// <summary>
    /// As <see cref="Analyze(string, EntityMention, int, Scratch)"/>, writing the analysis into <paramref name="reuse"/> when
    /// it is given (an instance of a finished call) instead of a new instance.
    /// </summary>
    public AnalyzedMention Analyze(string text, EntityMention mention, int index, Scratch scratch, AnalyzedMention? reuse)
    {
        string surface = mention.Text;
        var gender = PersonGender.Unknown;
        NamePrefix? title = null;

        surface = StripElidedArticle(surface, scratch);
        if (mention.Label == EntityLabel.Person) surface = StripTitles(surface, ref gender, ref title, scratch);
        ReadContext(text, mention.Start, ref gender, ref title, scratch);

        // A name cut at a line end (Poin-\ncaré) is displayed joined (Poincaré); EntityMention.Text keeps the raw text.
        string display = LineEndCuts.Join(surface.Trim());
        var known = KeyOf(display, scratch);
        if (known.Key.Length == 0)
        {
            display = mention.Text.Trim();
            known = KeyOf(display, scratch);
        }

        // Au Havre, le maire du Havre, HAVRE, 3 mai: Le Havre, whose article the preposition took in or the span left out (the name
        // alone too, when Havre is no place of its own).
        if (mention.Label == EntityLabel.Location && known.Entries.Length == 0 && profile.ArticlePlaces.TryGetValue(known.Key, out var articlePlace)
            && (ContractedArticleBefore(text, mention.Start) is { } article ? article == articlePlace.Article : !articlePlace.BareIsPlace))
        {
            var whole = KeyOf(string.Concat(articlePlace.Article, " ", display), scratch);
            if (whole.Key.Length > 0) known = whole with { IsAcronym = false };
        }

        // Le Sénat italien: another organization than the Sénat; its key says so, and the bare name's table entry is not its.
        bool qualifiedByAdjective = false;
        if (mention.Label == EntityLabel.Organization && QualifyingAdjectiveAfter(text, mention.End) is { } adjective)
        {
            var qualified = KeyOf(string.Concat(display, " ", adjective), scratch);
            if (qualified.Key.Length > 0) (known, qualifiedByAdjective) = (qualified with { IsAcronym = false }, true);
        }

        // Marseille s'est imposé 3-1: the club, keyed apart from the town (the label stays the literal type).
        bool team = false;
        if (mention.Label == EntityLabel.Location && profile.Teams is { } teams && known.WordCount == 1 && teams.NextToMatchWords(text, mention.Start, mention.End)
            && teams.AboutAMatch(text, mention.Start, mention.End))
        {
            var teamKey = KeyOf(string.Concat(display, " ", AliasResolverProfile.TeamKeySuffix), scratch);
            if (teamKey.Key.Length > 0) (known, team) = (teamKey with { IsAcronym = false }, true);
        }

        // Atlanta, en Géorgie: the US state, keyed apart from the country (a team keeps its own key: Valence s'est imposé en Liga);
        // le PS, à Berne: the Swiss party, keyed apart from the French one.
        var senses = mention.Label switch
        {
            EntityLabel.Location when !team => profile.PlaceSenses,
            EntityLabel.Organization when !qualifiedByAdjective => profile.OrganizationSenses,   // le Sénat italien says it already
            _ => null,
        };
        if (senses?.SenseOf(display, text, mention.Start, mention.End) is { } sense)
        {
            // An acronym stays one (l'ASM near Monaco still joins the document's AS Monaco by its letters).
            var other = KeyOf(string.Concat(display, " ", sense), scratch);
            if (other.Key.Length > 0) known = other with { IsAcronym = mention.Label == EntityLabel.Organization && known.IsAcronym };
        }

        if (mention.Label == EntityLabel.Person && gender == PersonGender.Unknown && known.WordCount >= 2) gender = GivenNameGender(display, scratch);
        var entry = AliasTable.EntryOfLabel(known.Entries, mention.Label);
        if (reuse is null) return new AnalyzedMention(index, mention.Label, display, known.Key, known.WordCount, known.IsAcronym, gender, title, entry);
        reuse.Set(index, mention.Label, display, known.Key, known.WordCount, known.IsAcronym, gender, title, entry);
        return reuse;
    }

    /// <summary>
    /// The article a contraction right before <paramref name="start"/> (one space between) holds, or the article itself left out
    /// of the mention: <c>Le</c> for <c>au</c>, <c>du</c> and <c>le</c>, <c>Les</c> for <c>aux</c>, <c>des</c> and <c>les</c>, any
    /// case (<c>LE HAVRE</c> read as <c>HAVRE</c>); else <see langword="null"/>.
    /// </summary>
    private static string? ContractedArticleBefore(string text, int start)
    {
        int end = start - 1;
        if (end < 2 || text[end] is not (' ' or '\u00A0')) return null;
        int begin = end;
        while (begin > 0 && end - begin < 3 && char.IsLetter(text[begin - 1])) begin--;
        if (begin > 0 && char.IsLetterOrDigit(text[begin - 1])) return null;
        var word = text.AsSpan(begin, end - begin);
        if (word.Equals("au", StringComparison.OrdinalIgnoreCase) || word.Equals("du", StringComparison.OrdinalIgnoreCase) || word.Equals("le", StringComparison.OrdinalIgnoreCase)) return "Le";
        if (word.Equals("aux", StringComparison.OrdinalIgnoreCase) || word.Equals("des", StringComparison.OrdinalIgnoreCase) || word.Equals("les", StringComparison.OrdinalIgnoreCase)) return "Les";
        return null;
    }

    /// <summary>The word right after <paramref name="end"/> (spaces only between) when it is one of the profile's qualifying adjectives.</summary>
    private string? QualifyingAdjectiveAfter(string text, int end)
    {
        if (profile.QualifyingAdjectives.Count == 0) return null;
        int start = end;
        while (start < text.Length && start - end < 3 && text[start] is ' ' or '\u00A0' or '\u202F') start++;
        if (start == end || start >= text.Length || !char.IsLower(text[start])) return null;
        int stop = start;
        while (stop < text.Length && stop - start < 40 && (char.IsLetter(text[stop]) || text[stop] == '-')) stop++;
        var word = text.AsSpan(start, stop - start);
        return profile.IsQualifyingAdjective(word) ? word.ToString() : null;
    }

    /// <summary>Whether a display form looks like an acronym (<c>OTAN</c>, <c>U.S.</c>, <c>G7</c>).</summary>
    public static bool LooksLikeAcronym(string display)
    {
        int letters = 0, digits = 0;
        foreach (char c in display)
        {
            if (char.IsUpper(c)) letters++;
            else if (char.IsDigit(c)) digits++;
            else if (c != '.' && c != '&') return false;
        }

        return letters >= 1 && letters + digits >= 2 && letters + digits <= 10;
    }

    /// <summary>The gender of a person name's first word as a given name (<c>Claire Durand</c> → female; <c>Jean-Luc</c> whole).</summary>
    private PersonGender GivenNameGender(string display, Scratch scratch)
    {
        if (profile.GivenNames.Count == 0) return PersonGender.Unknown;
        int space = display.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return PersonGender.Unknown;
        var buffer = scratch.Buffer;
        buffer.Clear();
        TextFolding.FoldInto(display.AsSpan(0, space), buffer);
        return profile.GivenNames.GenderOfFolded(buffer.Span);
    }

    /// <summary>What depends on a display only, built once per distinct display of the call (and kept in the pooled scratch).</summary>
    private DisplayKey KeyOf(string display, Scratch scratch)
    {
        ref var known = ref scratch.Keys.GetValueRefOrAddDefault(display, out bool exists);
        if (exists) return known;
        string key = new(profile.KeyBuilder.Build(display, scratch.KeyBuffer));
        known = new DisplayKey(key, AnalyzedMention.CountWords(key), profile.AliasTable.GetEntriesByKey(key), LooksLikeAcronym(display));
        return known;
    }

    /// <summary>The match key of a display, its word count, the alias-table entries it names (any label) and whether the display looks like an acronym.</summary>
    internal readonly record struct DisplayKey(string Key, int WordCount, AliasEntry[] Entries, bool IsAcronym);

    /// <summary><c>l'OTAN</c> → <c>OTAN</c> when the elided head is a known article.</summary>
    private string StripElidedArticle(string surface, Scratch scratch)
    {
        int apostrophe = surface.AsSpan().IndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || apostrophe >= surface.Length - 1 || apostrophe > 3) return surface;
        var buffer = scratch.Buffer;
        buffer.Clear();
        TextFolding.FoldInto(surface.AsSpan(0, apostrophe + 1), buffer);
        if (!profile.Articles.TryGet(buffer.Span, out var article) || !article.IsElided) return surface;
        return char.IsLetterOrDigit(surface[apostrophe + 1]) ? surface[(apostrophe + 1)..] : surface;
    }

    /// <summary>Removes leading titles (with an optional article before them) while a capitalized word follows.</summary>
    private string StripTitles(string surface, ref PersonGender gender, ref NamePrefix? nearestTitle, Scratch scratch)
    {
        var chunks = scratch.Chunks;
        var buffer = scratch.Buffer;
        while (true)
        {
            SplitChunks(surface, 0, surface.Length, chunks);
            if (chunks.Count < 2) return surface;
            int consumed = 0;
            var articleGender = PersonGender.Unknown;
            buffer.Clear();
            TextFolding.FoldInto(surface.AsSpan(chunks[0].Start, chunks[0].Length), buffer);
            if (profile.Articles.TryGet(buffer.Span, out var article) && !article.IsElided)
            {
                consumed = 1;
                articleGender = article.Gender;
            }

            int titleChunks = MatchTitle(surface, chunks, consumed, scratch, out var title);
            if (titleChunks == 0) return surface;
            consumed += titleChunks;
            if (consumed >= chunks.Count) return surface;
            if (!char.IsUpper(surface[chunks[consumed].Start])) return surface;
            string rest = surface[chunks[consumed].Start..];
            nearestTitle = title;
            gender = Combine(gender, title.Gender != PersonGender.Unknown ? title.Gender : articleGender);
            surface = rest;
        }
    }

    /// <summary>The longest title made of the chunks from <paramref name="from"/>: its number of chunks, or 0.</summary>
    private int MatchTitle(string text, List<(int Start, int Length)> chunks, int from, Scratch scratch, out NamePrefix title)
    {
        // Every candidate's fold starts with the fold of chunk `from` followed by a space or nothing.
        title = null!;
        if (from >= chunks.Count || !profile.Titles.MayStartWith(FoldJoined(text, chunks, from, 1, scratch.Buffer))) return 0;
        for (int count = Math.Min(profile.Titles.MaxWords, chunks.Count - from); count >= 1; count--)
        {
            if (profile.Titles.TryGet(FoldJoined(text, chunks, from, count, scratch.Buffer), out title)) return count;
        }

        return 0;
    }

    /// <summary>A title just before the mention (<c>le président</c> Macron, <c>Mme</c> Borne): sets the title flag and a gender hint.</summary>
    private void ReadContext(string text, int start, ref PersonGender gender, ref NamePrefix? nearestTitle, Scratch scratch)
    {
        int from = Math.Max(0, start - MaxContextChars);

        // Most mentions have no title before them: test the last chunk alone first, without splitting the whole window.
        if (!LastChunkMayEndTitle(text, from, start, scratch.Buffer)) return;
        var chunks = scratch.Chunks;
        SplitChunks(text, from, start, chunks);
        if (from > 0 && chunks.Count > 0) chunks.RemoveAt(0); // possibly cut in the middle

        // Every candidate's fold ends with the fold of the last chunk, after a space or nothing.
        if (chunks.Count == 0 || !profile.Titles.MayEndWith(FoldJoined(text, chunks, chunks.Count - 1, 1, scratch.Buffer))) return;
        for (int count = Math.Min(profile.Titles.MaxWords, chunks.Count); count >= 1; count--)
        {
            if (!profile.Titles.TryGet(FoldJoined(text, chunks, chunks.Count - count, count, scratch.Buffer), out var title)) continue;
            nearestTitle ??= title;   // a title inside the span stands nearer the name
            var hint = title.Gender;
            int articleAt = chunks.Count - count - 1;
            if (hint == PersonGender.Unknown && articleAt >= 0)
            {
                var buffer = scratch.Buffer;
                buffer.Clear();
                TextFolding.FoldInto(text.AsSpan(chunks[articleAt].Start, chunks[articleAt].Length), buffer);
                if (profile.Articles.TryGet(buffer.Span, out var article)) hint = article.Gender;
            }

            gender = Combine(gender, hint);
            return;
        }
    }

    /// <summary>
    /// Whether the last whitespace-separated chunk of <c>text[from..end)</c> exists, is not the window's first chunk when the
    /// window is cut (<paramref name="from"/> &gt; 0), does not end with punctuation that separates it from the name (a comma,
    /// a bracket, a closing quote), and may end a title: the test <see cref="ReadContext"/> starts with.
    /// </summary>
    private bool LastChunkMayEndTitle(string text, int from, int end, CharBuffer buffer)
    {
        int chunkEnd = end;
        while (chunkEnd > from && char.IsWhiteSpace(text[chunkEnd - 1])) chunkEnd--;
        if (chunkEnd == from || text[chunkEnd - 1] is ',' or ';' or ':' or ')' or '!' or '?' or '\u00BB' or '"' or '\u201D') return false; // du leader, Liverpool: an apposition, not a title
        int chunkStart = chunkEnd;
        while (chunkStart > from && !char.IsWhiteSpace(text[chunkStart - 1])) chunkStart--;
        if (from > 0)
        {
            int before = chunkStart;
            while (before > from && char.IsWhiteSpace(text[before - 1])) before--;
            if (before == from) return false; // the only chunk, possibly cut in the middle: dropped
        }

        buffer.Clear();
        TextFolding.FoldInto(text.AsSpan(chunkStart, chunkEnd - chunkStart), buffer);
        return profile.Titles.MayEndWith(buffer.Span);
    }

    /// <summary>The folds of <paramref name="count"/> chunks from <paramref name="first"/>, joined with single spaces (each chunk folded on its own).</summary>
    private static ReadOnlySpan<char> FoldJoined(string text, List<(int Start, int Length)> chunks, int first, int count, CharBuffer buffer)
    {
        buffer.Clear();
        for (int k = first; k < first + count; k++)
        {
            if (k > first) buffer.Append(' ');
            TextFolding.FoldInto(text.AsSpan(chunks[k].Start, chunks[k].Length), buffer);
        }

        return buffer.Span;
    }

    private static PersonGender Combine(PersonGender current, PersonGender hint) =>
        current == PersonGender.Unknown ? hint : hint == PersonGender.Unknown || hint == current ? current : PersonGender.Unknown;

    /// <summary>The whitespace-separated chunks of <c>text[from..end)</c>, as positions in <paramref name="text"/>.</summary>
    private static void SplitChunks(string text, int from, int end, List<(int Start, int Length)> chunks)
    {
        chunks.Clear();
        int i = from;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) chunks.Add((start, i - start));
        }
    }

    /// <summary>Work buffers of one resolution call (one document, one thread).</summary>
    internal sealed class Scratch
    {
        /// <summary>Folded text being assembled.</summary>
        public CharBuffer Buffer { get; } = new();

        /// <summary>Whitespace-separated chunks being examined.</summary>
        public List<(int Start, int Length)> Chunks { get; } = [];

        /// <summary>Match key being built.</summary>
        public CharBuffer KeyBuffer { get; } = new();

        /// <summary>Display → match key and what goes with it.</summary>
        public DisplayCache<DisplayKey> Keys { get; } = new(GenerationLimit);

        /// <summary>The size past which a generation of the pooled caches is retired (see <see cref="DisplayCache{TValue}"/>).</summary>
        public const int GenerationLimit = 8192;
    }
}
