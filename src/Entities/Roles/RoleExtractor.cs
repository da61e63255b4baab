namespace Entities.Roles;

/// <summary>
/// Reads who holds which role in which organization or country from the sentence itself, in the regular patterns of news
/// French, around each person mention:
/// <list type="bullet">
/// <item>role before the person, with or without a comma: <c>le directeur général de l'OMS, Tedros Adhanom Ghebreyesus</c>,
/// <c>la présidente de la Commission européenne Ursula von der Leyen</c>, <c>le pianiste Alexandre Tharaud</c> (no
/// organization);</item>
/// <item>role after the person, after a comma: <c>Christine Lagarde, présidente de la BCE</c>, <c>Thomas Piketty, professeur
/// à l'École d'économie de Paris</c>, <c>Paul Martin, ancien ministre,</c>;</item>
/// <item>a nationality adjective after a role of a state names its country: <c>le président brésilien Lula</c>, <c>l'ancien
/// Premier ministre britannique Boris Johnson</c>, with a portfolio: <c>le ministre allemand des Finances, Christian
/// Lindner</c> (after a profession it only states a nationality: <c>le réalisateur iranien Jafar Panahi</c>).</item>
/// </list>
/// The role (<see cref="RoleLexicon"/>) keeps its portfolio (capitalized words after a preposition that are no mention:
/// <c>ministre des Finances</c>, <c>président de la République</c>); its qualifier (<c>ancien</c>, <c>ex-</c>, <c>futur</c>) is
/// given apart. The organization must be an ORG or LOC mention, the person a PER mention, in one clause (no punctuation
/// other than commas between them), and a role before the person must start its noun phrase (after a determiner such as
/// <c>le</c>, a comma or nothing): <c>le fils du président, Paul Martin</c> gives nothing. Nor do <c>le président de la
/// séance</c> (no organization, no person) or <c>le ministre a reçu le président</c>. Immutable and thread-safe.
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
            var scan = new Scan(this, text, mentions, m);
            if (scan.Before() is { } early) (roles ??= []).Add(early);
            if (scan.After() is { } late) (roles ??= []).Add(late);
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

    /// <summary>A role found in the items: where its words are, its qualifier, and whether it is a role of a state.</summary>
    private readonly record struct Found(int First, int Last, string? Qualifier, bool State, int QualifierStart, bool ExPrefix);

    /// <summary>The reading around one person mention.</summary>
    private sealed class Scan(RoleExtractor owner, string text, IReadOnlyList<EntityMention> mentions, int person)
    {
        private RoleLexicon Lexicon => owner.Lexicon;

        /// <summary><c>[det] [qualifier] role [nationality] [portfolio] [preposition ORG/LOC] [,] PERSON</c>, read backwards from the person.</summary>
        public PersonRole? Before()
        {
            var items = Items(Math.Max(0, mentions[person].Start - Window), mentions[person].Start, fromEnd: true);
            int k = items.Count - 1;
            if (k >= 0 && items[k].IsComma) k--;
            if (k < 0) return null;
            int? target = null;
            string? place = null;
            (int Start, int End)? portfolio = null;
            if (items[k].IsMention)
            {
                if (!IsTarget(items[k].Mention)) return null;
                target = items[k].Mention;
                k = PrepositionBefore(items, k - 1);
                if (k < 0) return null;
            }
            else
            {
                k = PortfolioBefore(items, k, out portfolio);
                if (k >= 0 && items[k].IsWord && Lexicon.TryGetPlace(items[k].Piece.Folded, out place)) k--;
            }

            if (k < 0 || RoleEndingAt(items, k) is not { } role) return null;
            if (!StartsNounPhrase(items, role.QualifierStart)) return null;

            return Result(items, role, portfolio, target, role.State ? place : null, items[role.QualifierStart].Piece.Start, mentions[person].End);
        }

        /// <summary><c>PERSON , [det] [qualifier] role [nationality] [portfolio] ([preposition ORG/LOC] | , | end)</c>, read forwards.</summary>
        public PersonRole? After()
        {
            var items = Items(mentions[person].End, Math.Min(text.Length, mentions[person].End + Window), fromEnd: false);
            if (items.Count < 2 || !items[0].IsComma) return null;
            int k = 1;
            if (items[k].IsWord && Lexicon.IsDeterminer(items[k].Piece.Folded) && items[k].Piece.Folded != "et") k++;
            if (RoleStartingAt(items, k) is not { } role) return null;
            k = role.Last + 1;
            string? place = null;
            (int Start, int End)? portfolio = null;
            int end = items[role.Last].Piece.End;
            if (k < items.Count && items[k].IsWord && Lexicon.TryGetPlace(items[k].Piece.Folded, out place))
            {
                end = items[k].Piece.End;
                k++;
            }

            if (PortfolioAfter(items, k) is { } found)
            {
                portfolio = (items[found.First].Piece.Start, items[found.Last].Piece.End);
                end = portfolio.Value.End;
                k = found.Last + 1;
            }

            int? target = null;
            int afterPreposition = PrepositionAfter(items, k);
            if (afterPreposition >= 0 && afterPreposition < items.Count && items[afterPreposition].IsMention && IsTarget(items[afterPreposition].Mention))
            {
                target = items[afterPreposition].Mention;
                end = items[afterPreposition].Piece.End;
            }
            else if (k < items.Count && !items[k].IsComma)
            {
                return null; // the role goes on with words we do not read (président de la séance): no role
            }

            return Result(items, role, portfolio, target, role.State ? place : null, mentions[person].Start, end);
        }

        /// <summary>
        /// Whether a role starting at <paramref name="first"/> starts its noun phrase: nothing, a comma or a determiner before it,
        /// and no relative or role before the determiner (<c>le fils du président</c>, <c>le conseiller de la ministre</c>).
        /// </summary>
        private bool StartsNounPhrase(List<Item> items, int first)
        {
            int before = first - 1;
            if (before < 0 || items[before].IsComma) return true;
            if (!items[before].IsWord || !Lexicon.IsDeterminer(items[before].Piece.Folded)) return false;
            int head = before - 1;
            if (head >= 0 && items[head].IsWord && Lexicon.IsPreposition(items[head].Piece.Folded)) head--;   // de la, à l'
            for (int length = 1; length <= 3 && head - length + 1 >= 0; length++)
            {
                if (WordsAt(items, head - length + 1, length) is { } words && (Lexicon.Relatives.Contains(words) || Lexicon.IsRole(words))) return false;
            }

            return true;
        }

        private PersonRole Result(List<Item> items, Found role, (int Start, int End)? portfolio, int? target, string? place, int start, int end)
        {
            int roleStart = items[role.First].Piece.Start + (role.ExPrefix ? 3 : 0);
            string name = text[roleStart..items[role.Last].Piece.End];
            if (portfolio is { } p) name += " " + text[p.Start..p.End];
            return new PersonRole(person, name, role.Qualifier, target, target is null ? place : null, start, end);
        }

        private bool IsTarget(int mention) => mentions[mention].Label is EntityLabel.Organization or EntityLabel.Location;

        /// <summary>
        /// The items of [<paramref name="start"/>, <paramref name="end"/>) on one side of the person, cut at the stop nearest it
        /// (any punctuation other than a comma). Only the mentions next to the person are visited (the list is sorted).
        /// </summary>
        private List<Item> Items(int start, int end, bool fromEnd)
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

            int stop = fromEnd ? items.FindLastIndex(IsStop) : items.FindIndex(IsStop);
            if (stop < 0) return items;
            return fromEnd ? items.GetRange(stop + 1, items.Count - stop - 1) : items.GetRange(0, stop);

            static bool IsStop(Item item) => !item.IsMention && item.Piece.Kind == RoleText.Kind.Stop;
        }

        /// <summary>Skips a preposition ending at <paramref name="k"/> (longest first); returns the index before it, or -1.</summary>
        private int PrepositionBefore(List<Item> items, int k)
        {
            for (int length = Math.Min(Lexicon.MaxPrepositionWords, k + 1); length >= 1; length--)
            {
                if (WordsAt(items, k - length + 1, length) is { } words && Lexicon.IsPreposition(words)) return k - length;
            }

            return -1;
        }

        /// <summary>Skips a preposition starting at <paramref name="k"/> (longest first); returns the index after it, or -1.</summary>
        private int PrepositionAfter(List<Item> items, int k)
        {
            for (int length = Math.Min(Lexicon.MaxPrepositionWords, items.Count - k); length >= 1; length--)
            {
                if (WordsAt(items, k, length) is { } words && Lexicon.IsPreposition(words)) return k + length;
            }

            return -1;
        }

        /// <summary>
        /// A portfolio ending at <paramref name="k"/> (<c>des Finances</c>, <c>de l'Intérieur</c>: a preposition and capitalized
        /// words that are no mention and no nationality); returns the index before it, or <paramref name="k"/> when there is none.
        /// </summary>
        private int PortfolioBefore(List<Item> items, int k, out (int Start, int End)? portfolio)
        {
            // The portfolio's first word is capitalized; up to two lower-case words may follow it (Affaires étrangères).
            portfolio = null;
            for (int first = k; first >= 0 && first >= k - 3; first--)
            {
                if (!items[first].IsWord || Lexicon.TryGetPlace(items[first].Piece.Folded, out _)) return k;
                if (!IsCapitalized(items[first])) continue;
                int before = PrepositionBefore(items, first - 1);
                if (before < 0) return k;
                portfolio = (items[before + 1].Piece.Start, items[k].Piece.End);
                return before;
            }

            return k;
        }

        /// <summary>A portfolio starting at <paramref name="k"/>, up to a comma or the end: its first and last items, or none.</summary>
        private (int First, int Last)? PortfolioAfter(List<Item> items, int k)
        {
            int after = PrepositionAfter(items, k);
            if (after < 0 || after >= items.Count || !items[after].IsWord || !IsCapitalized(items[after])) return null;
            int last = after;
            while (last + 1 < items.Count && last + 1 <= after + 2 && items[last + 1].IsWord && !Lexicon.IsPreposition(items[last + 1].Piece.Folded)
                && !Lexicon.TryGetPlace(items[last + 1].Piece.Folded, out _))
            {
                last++;
            }

            return (k, last);
        }

        private bool IsCapitalized(Item item) => char.IsUpper(text[item.Piece.Start]);

        /// <summary>A role ending at <paramref name="k"/>, with the qualifiers before it.</summary>
        private Found? RoleEndingAt(List<Item> items, int k)
        {
            for (int length = Math.Min(Lexicon.MaxRoleWords, k + 1); length >= 1; length--)
            {
                int first = k - length + 1;
                if (Role(items, first, length) is not { } found) continue;
                int qualifierStart = first;
                string? qualifier = found.Qualifier;
                while (qualifierStart > 0 && items[qualifierStart - 1].IsWord && Lexicon.TryGetQualifier(items[qualifierStart - 1].Piece.Folded, out var q))
                {
                    qualifier ??= q == "-" ? null : q;
                    qualifierStart--;
                }

                return found with { Qualifier = qualifier, QualifierStart = qualifierStart };
            }

            return null;
        }

        /// <summary>A role starting at <paramref name="k"/> (after its qualifiers), longest first.</summary>
        private Found? RoleStartingAt(List<Item> items, int k)
        {
            int qualifierStart = k;
            string? qualifier = null;
            while (k < items.Count && items[k].IsWord && Lexicon.TryGetQualifier(items[k].Piece.Folded, out var q))
            {
                qualifier ??= q == "-" ? null : q;
                k++;
            }

            for (int length = Math.Min(Lexicon.MaxRoleWords, items.Count - k); length >= 1; length--)
            {
                if (Role(items, k, length) is { } found) return found with { Qualifier = found.Qualifier ?? qualifier, QualifierStart = qualifierStart };
            }

            return null;
        }

        /// <summary>The role of <paramref name="count"/> word items from <paramref name="first"/>, also when written with <c>ex-</c>.</summary>
        private Found? Role(List<Item> items, int first, int count)
        {
            if (WordsAt(items, first, count) is not { } words) return null;
            if (Lexicon.IsRole(words)) return new Found(first, first + count - 1, null, Lexicon.IsStateRole(words), first, false);
            if (!words.StartsWith("ex ", StringComparison.Ordinal) || !Lexicon.IsRole(words[3..])) return null;
            return new Found(first, first + count - 1, "ex", Lexicon.IsStateRole(words[3..]), first, true);
        }

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
}
