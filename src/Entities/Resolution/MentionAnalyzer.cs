namespace Entities.Resolution;

/// <summary>
/// Strips what is not part of a name from a mention (a leading elided article <c>l'</c>; for persons, leading titles with
/// their article: <c>M.</c>, <c>le président</c>) and reads the text just before the mention for a title or article that
/// hints at a person and their gender. The tagger normally leaves these out of the span; this copes when it does not.
/// </summary>
internal sealed class MentionAnalyzer(AliasResolverProfile profile)
{
    private const int MaxContextChars = 60;

    public AnalyzedMention Analyze(string text, EntityMention mention, int index)
    {
        string surface = mention.Text;
        var gender = PersonGender.Unknown;
        bool hasTitle = false;

        surface = StripElidedArticle(surface);
        if (mention.Label == EntityLabel.Person) surface = StripTitles(surface, ref gender, ref hasTitle);
        ReadContext(text, mention.Start, ref gender, ref hasTitle);

        string display = surface.Trim();
        string key = profile.KeyBuilder.Build(display);
        if (key.Length == 0)
        {
            display = mention.Text.Trim();
            key = profile.KeyBuilder.Build(display);
        }

        profile.AliasTable.TryGetEntryByKey(key, mention.Label, out var entry);
        return new AnalyzedMention(
            index, mention.Label, display, key, key.Length == 0 ? [] : key.Split(' '),
            LooksLikeAcronym(display), gender, hasTitle, entry);
    }

    /// <summary>Whether a surface form is written as an acronym: one word of capitals and digits, at least two of them, at least one letter.</summary>
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

    private string StripElidedArticle(string surface)
    {
        int apostrophe = surface.IndexOfAny(['\'', '\u2019']);
        if (apostrophe <= 0 || apostrophe >= surface.Length - 1 || apostrophe > 3) return surface;
        string head = surface[..(apostrophe + 1)];
        if (!profile.Articles.TryGet(TextFolding.Fold(head), out var article) || !article.IsElided) return surface;
        string rest = surface[(apostrophe + 1)..];
        return rest.Length > 0 && char.IsLetterOrDigit(rest[0]) ? rest : surface;
    }

    private string StripTitles(string surface, ref PersonGender gender, ref bool hasTitle)
    {
        while (true)
        {
            var chunks = SplitChunks(surface);
            if (chunks.Count < 2) return surface;
            int consumed = 0;
            var articleGender = PersonGender.Unknown;
            if (profile.Articles.TryGet(TextFolding.Fold(chunks[0].Text), out var article) && !article.IsElided)
            {
                consumed = 1;
                articleGender = article.Gender;
            }

            int titleChunks = MatchTitle(chunks, consumed, out var title);
            if (titleChunks == 0) return surface;
            consumed += titleChunks;
            if (consumed >= chunks.Count) return surface;
            string rest = surface[chunks[consumed].Start..];
            if (!char.IsUpper(rest[0])) return surface;
            hasTitle = true;
            gender = Combine(gender, title.Gender != PersonGender.Unknown ? title.Gender : articleGender);
            surface = rest;
        }
    }

    private int MatchTitle(List<Chunk> chunks, int from, out NamePrefix title)
    {
        for (int count = Math.Min(profile.Titles.MaxWords, chunks.Count - from); count >= 1; count--)
        {
            string folded = string.Join(' ', chunks.Skip(from).Take(count).Select(chunk => TextFolding.Fold(chunk.Text)));
            if (profile.Titles.TryGet(folded, out title)) return count;
        }

        title = null!;
        return 0;
    }

    private void ReadContext(string text, int start, ref PersonGender gender, ref bool hasTitle)
    {
        int from = Math.Max(0, start - MaxContextChars);
        var chunks = SplitChunks(text[from..start]);
        if (from > 0 && chunks.Count > 0) chunks.RemoveAt(0); // possibly cut in the middle
        for (int count = Math.Min(profile.Titles.MaxWords, chunks.Count); count >= 1; count--)
        {
            var tail = chunks.Skip(chunks.Count - count).ToList();
            string folded = string.Join(' ', tail.Select(chunk => TextFolding.Fold(chunk.Text)));
            if (!profile.Titles.TryGet(folded, out var title)) continue;
            hasTitle = true;
            var hint = title.Gender;
            int articleAt = chunks.Count - count - 1;
            if (hint == PersonGender.Unknown && articleAt >= 0 && profile.Articles.TryGet(TextFolding.Fold(chunks[articleAt].Text), out var article))
            {
                hint = article.Gender;
            }

            gender = Combine(gender, hint);
            return;
        }
    }

    private static PersonGender Combine(PersonGender current, PersonGender hint) =>
        current == PersonGender.Unknown ? hint : hint == PersonGender.Unknown || hint == current ? current : PersonGender.Unknown;

    private static List<Chunk> SplitChunks(string text)
    {
        var chunks = new List<Chunk>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) chunks.Add(new Chunk(start, text[start..i]));
        }

        return chunks;
    }

    private readonly record struct Chunk(int Start, string Text);
}
