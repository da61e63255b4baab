namespace Entities.Roles;

/// <summary>
/// Reads who holds which role in which organization or country from the sentence itself, in the regular patterns of news
/// French, around each person mention:
/// <list type="bullet">
/// <item>role before the person, with or without a comma: <c>le directeur général de l'OMS, Tedros Adhanom Ghebreyesus</c>,
/// <c>la présidente de la Commission européenne Ursula von der Leyen</c>;</item>
/// <item>role after the person, after a comma: <c>Christine Lagarde, présidente de la BCE</c>, <c>Thomas Piketty, professeur
/// à l'École d'économie de Paris</c>;</item>
/// <item>a nationality adjective instead of the organization: <c>le président brésilien Lula</c>, <c>l'ancien Premier ministre
/// britannique Boris Johnson</c>, with a portfolio: <c>le ministre allemand des Finances, Christian Lindner</c>.</item>
/// </list>
/// A role (<see cref="RoleLexicon"/>) keeps its modifiers (<c>ancien</c>, <c>ex-</c>, <c>futur</c>) and portfolio; the
/// organization must be an ORG or LOC mention, the person a PER mention, all in one sentence with nothing else between them.
/// Anything else gives no role: <c>le président de la séance</c> (no organization), <c>le ministre a reçu le président</c> (no
/// person next to the role). Immutable and thread-safe.
/// </summary>
public sealed class RoleExtractor : IRoleExtractor
{
    private const int Window = 160;

    /// <summary>Creates an extractor over <paramref name="lexicon"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is <see langword="null"/>.</exception>
    public RoleExtractor(RoleLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>The words the extractor reads.</summary>
    public RoleLexicon Lexicon { get; }

    /// <inheritdoc />
    public IReadOnlyList<PersonRole> Extract(string text, IReadOnlyList<EntityMention> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (Lexicon.RoleCount == 0 || mentions.Count == 0) return [];
        List<PersonRole>? roles = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Label != EntityLabel.Person) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var before = Items(text, mentions, m, Math.Max(0, mentions[m].Start - Window), mentions[m].Start, fromEnd: true);
            if (MatchBefore(text, before, mentions, m) is { } early) (roles ??= []).Add(early);
            var after = Items(text, mentions, m, mentions[m].End, Math.Min(text.Length, mentions[m].End + Window), fromEnd: false);
            if (MatchAfter(text, after, mentions, m) is { } late) (roles ??= []).Add(late);
        }

        return roles is null ? [] : roles.AsReadOnly();
    }

    /// <summary>A piece of text or a mention (its index), in text order.</summary>
    private readonly record struct Item(RoleText.Piece Piece, int Mention)
    {
        public bool IsMention => Mention >= 0;

        public bool IsWord => Mention < 0 && Piece.Kind == RoleText.Kind.Word;

        public bool IsComma => Mention < 0 && Piece.Kind == RoleText.Kind.Comma;
    }

    /// <summary>
    /// The items of [<paramref name="start"/>, <paramref name="end"/>) on one side of the person mention
    /// <paramref name="person"/>, cut at the stop nearest the person (a sentence or clause boundary: any punctuation other
    /// than a comma). Only the mentions next to the person are visited (the list is sorted), so the work per person is bounded
    /// by the window, not by the document.
    /// </summary>
    private static List<Item> Items(string text, IReadOnlyList<EntityMention> mentions, int person, int start, int end, bool fromEnd)
    {
        int first = person, last = person;
        if (fromEnd)
        {
            while (first > 0 && mentions[first - 1].End > start) first--;
            last = person - 1;
        }
        else
        {
            first = person + 1;
            while (last + 1 < mentions.Count && mentions[last + 1].Start < end) last++;
        }

        var items = new List<Item>();
        int at = start;
        for (int index = first; index <= last; index++)
        {
            var mention = mentions[index];
            if (mention.End <= start || mention.Start >= end || mention.Start < at) continue;
            foreach (var piece in RoleText.Pieces(text, at, mention.Start)) items.Add(new Item(piece, -1));
            items.Add(new Item(new RoleText.Piece(RoleText.Kind.Word, mention.Start, mention.End, ""), index));
            at = mention.End;
        }

        if (at < end)
        {
            foreach (var piece in RoleText.Pieces(text, at, end)) items.Add(new Item(piece, -1));
        }

        if (fromEnd)
        {
            int stop = items.FindLastIndex(i => !i.IsMention && i.Piece.Kind == RoleText.Kind.Stop);
            return stop < 0 ? items : items.GetRange(stop + 1, items.Count - stop - 1);
        }
        else
        {
            int stop = items.FindIndex(i => !i.IsMention && i.Piece.Kind == RoleText.Kind.Stop);
            return stop < 0 ? items : items.GetRange(0, stop);
        }
    }

    /// <summary><c>[role] [nationality] [portfolio] [preposition ORG/LOC] [,] PERSON</c>, read backwards from the person.</summary>
    private PersonRole? MatchBefore(string text, List<Item> items, IReadOnlyList<EntityMention> mentions, int person)
    {
        int k = items.Count - 1;
        if (k >= 0 && items[k].IsComma) k--;
        if (k < 0) return null;
        int? target = null;
        string? place = null;
        (int Start, int End)? portfolio = null;
        if (items[k].IsMention)
        {
            if (!IsTarget(mentions[items[k].Mention])) return null;
            target = items[k].Mention;
            k = SkipPrepositionBackwards(items, k - 1);
            if (k < 0) return null;
        }
        else
        {
            k = PortfolioBackwards(text, items, k, out portfolio);
            if (k < 0 || !items[k].IsWord || !Lexicon.TryGetPlace(items[k].Piece.Folded, out place))
            {
                return null;
            }

            k--;
        }

        if (!RoleBackwards(items, k, out int roleStart, out int roleEnd)) return null;
        int evidenceStart = items[roleStart].Piece.Start;
        return Role(text, person, items, roleStart, roleEnd, portfolio, target, place, evidenceStart, mentions[person].End);
    }

    /// <summary><c>PERSON , [article] [role] [nationality] [portfolio] [preposition ORG/LOC]</c>, read forwards from the person.</summary>
    private PersonRole? MatchAfter(string text, List<Item> items, IReadOnlyList<EntityMention> mentions, int person)
    {
        if (items.Count < 3 || !items[0].IsComma) return null;
        int k = 1;
        if (items[k].IsWord && items[k].Piece.Folded is "le" or "la" or "l'" or "un" or "une") k++;
        if (!RoleForwards(items, k, out int roleStart, out int roleEnd)) return null;
        k = roleEnd + 1;
        string? place = null;
        (int Start, int End)? portfolio = null;
        int? target = null;
        int last;
        if (k < items.Count && items[k].IsWord && Lexicon.TryGetPlace(items[k].Piece.Folded, out place))
        {
            last = k;
            k++;
            if (PortfolioForwards(text, items, k) is { } found)
            {
                portfolio = (items[found.First].Piece.Start, items[found.Last].Piece.End);
                last = found.Last;
            }
        }
        else
        {
            int afterPreposition = SkipPrepositionForwards(items, k);
            if (afterPreposition < 0 || afterPreposition >= items.Count || !items[afterPreposition].IsMention) return null;
            if (!IsTarget(mentions[items[afterPreposition].Mention])) return null;
            target = items[afterPreposition].Mention;
            last = afterPreposition;
        }

        return Role(text, person, items, roleStart, roleEnd, portfolio, target, place, mentions[person].Start, items[last].Piece.End);
    }

    /// <summary>The role found: its words as written (with the portfolio after them), its organization or place, the evidence span.</summary>
    private static PersonRole Role(
        string text, int person, List<Item> items, int roleStart, int roleEnd,
        (int Start, int End)? portfolio, int? target, string? place, int start, int end)
    {
        string role = text[items[roleStart].Piece.Start..items[roleEnd].Piece.End];
        if (portfolio is { } p) role += " " + text[p.Start..p.End];
        return new PersonRole(person, role, target, place, start, end);
    }

    private static bool IsTarget(EntityMention mention) => mention.Label is EntityLabel.Organization or EntityLabel.Location;

    /// <summary>Skips a preposition ending at <paramref name="k"/> (longest first); returns the index before it, or -1.</summary>
    private int SkipPrepositionBackwards(List<Item> items, int k)
    {
        for (int length = Math.Min(Lexicon.MaxPrepositionWords, k + 1); length >= 1; length--)
        {
            if (WordsAt(items, k - length + 1, length) is { } words && Lexicon.IsPreposition(words)) return k - length;
        }

        return -1;
    }

    /// <summary>Skips a preposition starting at <paramref name="k"/> (longest first); returns the index after it, or -1.</summary>
    private int SkipPrepositionForwards(List<Item> items, int k)
    {
        for (int length = Math.Min(Lexicon.MaxPrepositionWords, items.Count - k); length >= 1; length--)
        {
            if (WordsAt(items, k, length) is { } words && Lexicon.IsPreposition(words)) return k + length;
        }

        return -1;
    }

    /// <summary>
    /// A portfolio ending at <paramref name="k"/> (<c>des Finances</c>, <c>de l'Intérieur</c>: a preposition and capitalized
    /// words that are no mention); returns the index before it, or <paramref name="k"/> when there is none.
    /// </summary>
    private int PortfolioBackwards(string text, List<Item> items, int k, out (int Start, int End)? portfolio)
    {
        portfolio = null;
        int end = k;
        while (k >= 0 && items[k].IsWord && IsCapitalized(text, items[k]) && !Lexicon.TryGetPlace(items[k].Piece.Folded, out _)) k--;
        if (k == end) return end;
        int before = SkipPrepositionBackwards(items, k);
        if (before < 0) return end;
        portfolio = (items[before + 1].Piece.Start, items[end].Piece.End);
        return before;
    }

    /// <summary>A portfolio starting at <paramref name="k"/>: its first and last items, or none.</summary>
    private (int First, int Last)? PortfolioForwards(string text, List<Item> items, int k)
    {
        int after = SkipPrepositionForwards(items, k);
        if (after < 0 || after >= items.Count || !items[after].IsWord || !IsCapitalized(text, items[after])) return null;
        int last = after;
        while (last + 1 < items.Count && items[last + 1].IsWord && IsCapitalized(text, items[last + 1])) last++;
        return (k, last);
    }

    private static bool IsCapitalized(string text, Item item) => char.IsUpper(text[item.Piece.Start]);

    /// <summary>A role (with its modifiers) ending at <paramref name="k"/>: its first and last items.</summary>
    private bool RoleBackwards(List<Item> items, int k, out int start, out int end)
    {
        start = end = -1;
        for (int length = Math.Min(Lexicon.MaxRoleWords, k + 1); length >= 1; length--)
        {
            if (WordsAt(items, k - length + 1, length) is not { } words) continue;
            if (Lexicon.IsRole(words) || (StripPrefix(words) is { } bare && Lexicon.IsRole(bare)))
            {
                start = k - length + 1;
                end = k;
                while (start > 0 && items[start - 1].IsWord && Lexicon.IsModifier(items[start - 1].Piece.Folded)) start--;
                return true;
            }
        }

        return false;
    }

    /// <summary>A role (with its modifiers) starting at <paramref name="k"/>: its first and last items.</summary>
    private bool RoleForwards(List<Item> items, int k, out int start, out int end)
    {
        start = k;
        end = -1;
        while (k < items.Count && items[k].IsWord && Lexicon.IsModifier(items[k].Piece.Folded)) k++;
        for (int length = Math.Min(Lexicon.MaxRoleWords, items.Count - k); length >= 1; length--)
        {
            if (WordsAt(items, k, length) is not { } words) continue;
            if (Lexicon.IsRole(words) || (StripPrefix(words) is { } bare && Lexicon.IsRole(bare)))
            {
                end = k + length - 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>A role word written with <c>ex-</c> (folded <c>ex </c>): the role without it.</summary>
    private static string? StripPrefix(string folded) => folded.StartsWith("ex ", StringComparison.Ordinal) ? folded[3..] : null;

    /// <summary>The folded words of <paramref name="count"/> word items from <paramref name="first"/>, joined by spaces; null when an item is not a word.</summary>
    private static string? WordsAt(List<Item> items, int first, int count)
    {
        if (first < 0 || first + count > items.Count) return null;
        if (count == 1) return items[first].IsWord ? items[first].Piece.Folded : null;
        var parts = new string[count];
        for (int i = 0; i < count; i++)
        {
            if (!items[first + i].IsWord) return null;
            parts[i] = items[first + i].Piece.Folded;
        }

        return string.Join(' ', parts);
    }
}
