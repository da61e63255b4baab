namespace Entities.Roles;

/// <summary>
/// Reads who holds which role in which organization or country from the sentence itself, in the regular patterns of news
/// French, around each person mention or list of person mentions (<c>X et Y</c>, <c>X, Y et Z</c>):
/// <list type="bullet">
/// <item>role before the people, with or without a comma: <c>le directeur général de l'OMS, Tedros Adhanom Ghebreyesus</c>,
/// <c>la présidente de la Commission européenne Ursula von der Leyen</c>, <c>le pianiste Alexandre Tharaud</c> (no
/// organization), <c>les secrétaires générales de la CGT et de la CFDT, Sophie Binet et Marylise Léon</c>;</item>
/// <item>role after the people, after a comma: <c>Christine Lagarde, présidente de la BCE</c>, <c>Paul Martin, ancien
/// ministre,</c>, <c>Tim Cook et Sundar Pichai, patrons respectifs d'Apple et de Google</c> (a bracketed aside before the
/// comma is skipped: <c>Jean Martin (LR), maire de Meaux</c>), or filling brackets: <c>Marc Roy (maire de Nantes)</c>;</item>
/// <item>nationality adjectives after a role of a state name its country: <c>le président brésilien Lula</c>, <c>les
/// ministres français et allemand des Affaires étrangères, Jean-Noël Barrot et Johann Wadephul</c> (after a profession an
/// adjective only states a nationality: <c>le réalisateur iranien Jafar Panahi</c>).</item>
/// </list>
/// The role (<see cref="RoleLexicon"/>, plurals read in the singular) keeps its portfolio (<c>ministre des Finances</c>,
/// only for roles that take one); its qualifier (<c>ancien</c>, <c>ex-</c>, <c>futur</c>) is given apart. Several
/// organizations or countries are given to several people in order when their numbers agree, one to all of them otherwise,
/// none when the numbers disagree. Organizations are ORG or LOC mentions, people PER mentions, all in one clause (no
/// punctuation other than commas between them); a role before the people must start its noun phrase (after a determiner,
/// a comma or nothing, and not after a relative: <c>le fils du président, Paul Martin</c> gives nothing). Nor do <c>le
/// président de la séance</c> or <c>le ministre a reçu le président</c>. Immutable and thread-safe.
/// </summary>
public sealed class RoleExtractor : IRoleExtractor
{
    private const int Window = 120;

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
        PersonRole? previous = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Label != EntityLabel.Person) continue;
            cancellationToken.ThrowIfCancellationRequested();

            // Most people have no role: two cheap tests, without allocating, before reading the text around them.
            int last = LastOfList(text, mentions, m);
            if (!RoleText.MayEndRole(text, mentions[m].Start, 8, Lexicon, mentions, m) && !RoleText.MayStartRoleAfterComma(text, mentions[last].End, 4, Lexicon))
            {
                m = last;
                continue;
            }

            var people = new List<int>(last - m + 1);
            for (int p = m; p <= last; p++) people.Add(p);
            var scan = new Scan(this, text, mentions, people);
            var found = scan.Before();
            if (found.Count == 0 && previous is not null) found = scan.Repeated(previous);
            found.AddRange(scan.After());
            found.AddRange(scan.Bracketed());
            if (found.Count > 0)
            {
                (roles ??= []).AddRange(found);
                previous = found[^1];
            }

            m = people[^1];
        }

        if (roles is null) return [];
        roles.Sort((a, b) => a.PersonMention != b.PersonMention ? a.PersonMention.CompareTo(b.PersonMention) : a.Start.CompareTo(b.Start));
        if (Lexicon.Fields.Count > 0)
        {
            for (int i = 0; i < roles.Count; i++)
            {
                if (Lexicon.FieldOf(roles[i].Role) is { } field) roles[i] = roles[i] with { Field = field };
            }
        }

        return roles.AsReadOnly();
    }

    /// <summary>The last person mention of the list that starts at <paramref name="first"/>: it and those joined to it by <c>,</c> or <c>et</c>.</summary>
    private static int LastOfList(string text, IReadOnlyList<EntityMention> mentions, int first)
    {
        int last = first;
        for (int next = first + 1; next < mentions.Count && mentions[next].Label == EntityLabel.Person; next++)
        {
            var between = text.AsSpan(mentions[next - 1].End, mentions[next].Start - mentions[next - 1].End).Trim();
            if (!(between is "," or "et" || (between.Length > 1 && between[0] == ',' && between[1..].Trim() is "et"))) break;
            last = next;
        }

        return last;
    }

    /// <summary>A piece of text or a mention (its index), in text order; a word's folded form is computed when first asked.</summary>
    private sealed record Item(RoleText.Piece Piece, int Mention, string Text)
    {
        private string? folded;

        /// <summary>The word folded (empty for a comma, stop or mention).</summary>
        public string Folded => folded ??= IsWord ? RoleText.Fold(Text, Piece) : "";

        public bool IsMention => Mention >= 0;

        public bool IsWord => Mention < 0 && Piece.Kind == RoleText.Kind.Word;

        public bool IsComma => Mention < 0 && Piece.Kind == RoleText.Kind.Comma;
    }

    /// <summary>A role found in the items: where its words are, its qualifier, its flags.</summary>
    private readonly record struct Found(int First, int Last, string? Qualifier, bool State, bool TakesPortfolio, int QualifierStart, bool ExPrefix, string? Singular);

    /// <summary>What follows a role: organizations, countries, a portfolio; <c>End</c> is the item after it.</summary>
    private sealed class Complement
    {
        public List<int> Targets { get; } = [];

        public List<string> Places { get; } = [];

        public (int Start, int End)? Portfolio { get; set; }

        /// <summary>The end of the role's name after its organization or nationality (<c>pour les affaires étrangères</c>).</summary>
        public (int Start, int End)? Tail { get; set; }

        /// <summary>Whether the place where a state role is held was skipped (once).</summary>
        public bool SkippedPosting { get; set; }

        public int End { get; set; }
    }

    /// <summary>The reading around one list of person mentions.</summary>
    private sealed class Scan(RoleExtractor owner, string text, IReadOnlyList<EntityMention> mentions, List<int> people)
    {
        private RoleLexicon Lexicon => owner.Lexicon;

        /// <summary><c>[det] [qualifier] role [complement] [,] PEOPLE</c>: the nearest role before the first person whose complement reaches it.</summary>
        public List<PersonRole> Before()
        {
            if (!RoleText.MayEndRole(text, mentions[people[0]].Start, 8, Lexicon, mentions, people[0])) return [];
            var items = Items(Math.Max(0, mentions[people[0]].Start - Window), mentions[people[0]].Start, fromEnd: true);
            int end = items.Count;
            bool comma = end > 0 && items[end - 1].IsComma;
            if (comma) end--;
            for (int last = end - 1; last >= 0 && last >= end - 14; last--)
            {
                if (!items[last].IsWord || RoleEndingAt(items, last) is not { } role) continue;
                var complement = ComplementAt(items, last + 1, role);
                if (complement.End != end) continue;

                // "Le fondateur et président de Cortexis, Gaëtan Rossi": a first role joined by "et" shares the organization.
                Found? joined = null;
                if (role.QualifierStart >= 2 && items[role.QualifierStart - 1].IsWord && items[role.QualifierStart - 1].Folded == "et"
                    && OrganizationsOnly(complement) && RoleEndingAt(items, role.QualifierStart - 2) is { } first && SharesTargets(first))
                {
                    joined = first;
                }

                int phraseStart = joined?.QualifierStart ?? role.QualifierStart;
                if (!StartsNounPhrase(items, phraseStart)) return [];

                // "Karen Bass, maire de Los Angeles, Gaetano Manfredi, maire de Naples": a role right after another person and a
                // comma is that person's apposition, not the role of the name after it.
                int before = phraseStart - 1;
                if (before >= 1 && items[before].IsComma && IsPerson(items[before - 1])) return [];

                // "Reçu par le ministre, Paul Martin a parlé", "À la demande du président, Paul Martin…": the comma closes a
                // phrase that opens the clause; the name after it is its subject, not the role's holder.
                // A phrase closed by its own comma before the role ("Reçu à Bercy, le ministre des Finances, Paul Martin,")
                // leaves the role in apposition: only a role inside the opening phrase is its complement.
                if (comma && phraseStart > 0 && items[0].IsWord && Lexicon.OpensPhrase(items[0].Folded)
                    && !items.Take(phraseStart).Any(item => item.IsComma)) return [];
                var results = Results(items, role, complement, items[phraseStart].Piece.Start, mentions[people[^1]].End);
                if (joined is { } shared && people.Count == 1)
                    results.InsertRange(0, Results(items, shared, SharedTargets(complement), items[phraseStart].Piece.Start, mentions[people[^1]].End));
                return results;
            }

            return [];
        }

        /// <summary><c>PEOPLE , [respectivement] [det] [qualifier] role [respectifs] [complement] (, | end | after an organization)</c>.</summary>
        public List<PersonRole> After()
        {
            if (!RoleText.MayStartRoleAfterComma(text, mentions[people[^1]].End, 4, Lexicon)) return [];
            int from = RoleText.SkipAside(text, mentions[people[^1]].End);   // Jean Martin (LR), maire de Meaux
            var items = Items(from, Math.Min(text.Length, from + Window), fromEnd: false);
            if (items.Count < 2 || !items[0].IsComma) return [];
            int k = 1;
            bool respectively = items[k].IsWord && items[k].Folded == "respectivement";
            if (respectively) k++;
            if (respectively && people.Count > 1 && Respectively(items, k) is { } paired) return paired;
            bool determiner = k < items.Count && OpensWithDeterminer(items[k]);
            if (determiner) k++;
            if (RoleStartingAt(items, k) is not { } role) return [];
            int next = role.Last + 1;
            if (next < items.Count && items[next].IsWord && items[next].Folded is "respectifs" or "respectives" or "respectif" or "respective") next++;
            var complement = ComplementAt(items, next, role);

            // "Gaëtan Rossi, fondateur et président de Cortexis,": two roles sharing the organization after the second.
            if (people.Count == 1 && complement.Targets.Count == 0 && complement.Places.Count == 0 && complement.Portfolio is null && complement.Tail is null
                && SharesTargets(role) && complement.End + 1 < items.Count && items[complement.End].IsWord && items[complement.End].Folded == "et"
                && RoleStartingAt(items, complement.End + 1) is { } joined)
            {
                var secondComplement = ComplementAt(items, joined.Last + 1, joined);
                if (OrganizationsOnly(secondComplement) && (secondComplement.End >= items.Count || items[secondComplement.End].IsComma))
                {
                    int sharedEnd = items[secondComplement.End - 1].Piece.End;
                    var both = Results(items, role, SharedTargets(secondComplement), mentions[people[0]].Start, sharedEnd);
                    both.AddRange(Results(items, joined, secondComplement, mentions[people[0]].Start, sharedEnd));
                    return both;
                }
            }

            if (complement.Targets.Count == 0 && complement.End < items.Count && !items[complement.End].IsComma) return [];

            // "le président du Conseil, Paul Roy, le secrétaire général de l'OTAN, Anne Roy": a role with its article between two
            // commas and before a person is that person's, in a list of roles and names.
            if (determiner && complement.End + 1 < items.Count && items[complement.End].IsComma && IsPerson(items[complement.End + 1])) return [];

            // "X, Y et Z, respectivement président, directrice et directeur de …": several roles, read none rather than one for all.
            if (people.Count > 1 && Joiner(items, complement.End) is int other && other < items.Count && RoleStartingAt(items, other) is not null) return [];
            int end = complement.End > next ? items[complement.End - 1].Piece.End : items[role.Last].Piece.End;
            var results = Results(items, role, complement, mentions[people[0]].Start, end);

            // "Édouard Philippe, maire du Havre et ancien Premier ministre,": a second role of the same person after "et".
            if (people.Count == 1 && results.Count > 0 && complement.End < items.Count && items[complement.End].IsWord && items[complement.End].Folded == "et"
                && RoleStartingAt(items, complement.End + 1) is { } second)
            {
                var more = ComplementAt(items, second.Last + 1, second);
                if (more.Targets.Count > 0 || more.End >= items.Count || items[more.End].IsComma)
                {
                    int moreEnd = more.End > second.Last + 1 ? items[more.End - 1].Piece.End : items[second.Last].Piece.End;
                    results.AddRange(Results(items, second, more, mentions[people[0]].Start, moreEnd));
                }
            }

            return results;
        }

        /// <summary>
        /// <c>[et] celui|celle de TARGET [,] PERSON</c>: the role of <paramref name="previous"/> (said before in the same sentence),
        /// for another organization or place (<c>le maire de Perpignan, Louis Aliot, et celui de Béziers, Robert Ménard</c>).
        /// </summary>
        public List<PersonRole> Repeated(PersonRole previous)
        {
            int personStart = mentions[people[0]].Start;
            if (people.Count != 1 || previous.End > personStart) return [];
            var items = Items(Math.Max(previous.End, personStart - Window), personStart, fromEnd: true);
            int end = items.Count;
            if (end > 0 && items[end - 1].IsComma) end--;
            if (end < 3 || !items[end - 1].IsMention || !IsTarget(items[end - 1].Mention)) return [];
            int pronoun = end - 2;
            while (pronoun >= Math.Max(0, end - 4) && !(items[pronoun].IsWord && Lexicon.RepeatsRole(items[pronoun].Folded))) pronoun--;
            if (pronoun < Math.Max(0, end - 4) || PrepositionAfter(items, pronoun + 1) != end - 1) return [];
            if (pronoun > 0 && !items[pronoun - 1].IsComma && items[pronoun - 1].Folded != "et") return [];
            if (text.AsSpan(previous.End, items[pronoun].Piece.Start - previous.End).IndexOfAny(".!?;:") >= 0) return [];   // another sentence
            return [new PersonRole(people[0], previous.Role, null, items[end - 1].Mention, null, items[pronoun].Piece.Start, mentions[people[0]].End)];
        }

        /// <summary><c>PEOPLE ([det] [qualifier] role [complement])</c>: a role that fills the brackets right after the people (<c>Marc Roy (maire de Nantes)</c>).</summary>
        public List<PersonRole> Bracketed()
        {
            int open = mentions[people[^1]].End;
            while (open < text.Length && char.IsWhiteSpace(text[open])) open++;
            int close = RoleText.ClosingBracket(text, open, Window);
            if (close < 0) return [];
            var items = Items(open + 1, close, fromEnd: false);
            if (items.Count == 0 || !text.AsSpan(items[^1].Piece.End, close - items[^1].Piece.End).IsWhiteSpace()) return [];   // a stop inside
            int k = 0;
            if (OpensWithDeterminer(items[k])) k++;
            if (RoleStartingAt(items, k) is not { } role) return [];
            var complement = ComplementAt(items, role.Last + 1, role);
            if (Math.Max(complement.End, role.Last + 1) != items.Count) return [];
            return Results(items, role, complement, mentions[people[0]].Start, close + 1);
        }

        /// <summary>
        /// <c>X et Y, respectivement présidente de la BCE et président de la Fed</c>: as many roles as people, joined by <c>,</c>
        /// or <c>et</c>, paired in order; roles without an organization take the last one's (<c>respectivement présidente et
        /// directeur général de la coopérative</c>). <see langword="null"/> when the roles are not one per person.
        /// </summary>
        private List<PersonRole>? Respectively(List<Item> items, int k)
        {
            var roles = new List<(Found Role, Complement Complement)>();
            while (k < items.Count)
            {
                if (OpensWithDeterminer(items[k])) k++;
                if (RoleStartingAt(items, k) is not { } role) return null;
                var complement = ComplementAt(items, role.Last + 1, role);
                roles.Add((role, complement));
                if (roles.Count == people.Count) break;
                if (Joiner(items, complement.End) is not int next) return null;
                k = next;
            }

            if (roles.Count != people.Count) return null;
            var (lastRole, lastComplement) = roles[^1];
            if (lastComplement.End < items.Count && !items[lastComplement.End].IsComma && lastComplement.Targets.Count == 0) return null;
            var results = new List<PersonRole>(people.Count);
            int end = lastComplement.End > lastRole.Last + 1 ? items[lastComplement.End - 1].Piece.End : items[lastRole.Last].Piece.End;
            for (int i = 0; i < people.Count; i++)
            {
                var (role, complement) = roles[i];
                bool borrowed = complement.Targets.Count == 0 && complement.Places.Count == 0 && complement.Portfolio is null;
                var source = borrowed ? lastComplement : complement;
                if (source.Targets.Count > 1) return null;
                int? target = source.Targets.Count == 1 ? source.Targets[0] : null;
                string? place = target is null && role.State && source.Places.Count == 1 ? source.Places[0] : null;
                results.Add(new PersonRole(people[i], NameOf(items, role, complement), role.Qualifier, target, place, mentions[people[0]].Start, end));
            }

            return results;
        }

        /// <summary>The roles of the people: organizations or countries in order when their numbers agree, one for all, or none.</summary>
        private List<PersonRole> Results(List<Item> items, Found role, Complement complement, int start, int end)
        {
            var places = role.State ? complement.Places : [];
            var targets = complement.Targets;
            int given = targets.Count > 0 ? targets.Count : places.Count;
            if (given > 1 && people.Count == 1) return Single(items, role, complement, targets, places, start, end);   // PDG de Renault et de Nissan
            if (given > 1 && given != people.Count) return [];
            string name = NameOf(items, role, complement);
            var results = new List<PersonRole>(people.Count);
            for (int i = 0; i < people.Count; i++)
            {
                int? target = targets.Count == 0 ? null : targets[targets.Count == 1 ? 0 : i];
                string? place = target is null && places.Count > 0 ? places[places.Count == 1 ? 0 : i] : null;
                results.Add(new PersonRole(people[i], name, role.Qualifier, target, place, start, end));
            }

            return results;
        }

        /// <summary>The role as written (in the singular for a plural, without <c>ex-</c>), with its portfolio after it.</summary>
        private string NameOf(List<Item> items, Found role, Complement complement)
        {
            int roleStart = items[role.First].Piece.Start + (role.ExPrefix ? 3 : 0);
            string name = role.Singular ?? text[roleStart..items[role.Last].Piece.End];
            if (complement.Portfolio is { } p) name += " " + text[p.Start..p.End];
            return complement.Tail is { } tail ? name + " " + text[tail.Start..tail.End] : name;
        }

        /// <summary>One person with one role in several organizations or countries: one role each.</summary>
        private List<PersonRole> Single(List<Item> items, Found role, Complement complement, List<int> targets, List<string> places, int start, int end)
        {
            string name = NameOf(items, role, complement);
            return targets.Count > 0
                ? [.. targets.Select(t => new PersonRole(people[0], name, role.Qualifier, t, null, start, end))]
                : [.. places.Select(place => new PersonRole(people[0], name, role.Qualifier, null, place, start, end))];
        }

        /// <summary>
        /// Reads, from <paramref name="k"/>, what may follow a role: nationality adjectives joined by <c>,</c>/<c>et</c>, a portfolio
        /// (for roles that take one), and organizations (a preposition and an ORG or LOC mention, joined by <c>et</c> or commas).
        /// </summary>
        private Complement ComplementAt(List<Item> items, int k, Found role)
        {
            var complement = new Complement { End = k };

            // "entraîneur des avants du Stade toulousain", "directrice des ventes de Renault": what the role is in, lower-case words
            // after de, belongs to its name when an organization follows them (before a place, they and the place are often an
            // organization's name the tagger left: sélectionneur de l'équipe de France, bâtonnier du barreau de Toulouse).
            if (SpecifierEnd(items, k) is int specifierEnd)
            {
                complement.Tail = (items[k].Piece.Start, items[specifierEnd - 1].Piece.End);
                k = specifierEnd;
            }

            while (k < items.Count)
            {
                if (items[k].IsWord && Lexicon.TryGetPlace(items[k].Folded, out string? place) && complement.Targets.Count == 0)
                {
                    complement.Places.Add(place);
                    k++;
                }
                else if (complement.Places.Count > 0 && Joiner(items, k) is int afterJoiner && afterJoiner < items.Count
                    && items[afterJoiner].IsWord && Lexicon.TryGetPlace(items[afterJoiner].Folded, out _))
                {
                    k = afterJoiner;
                    continue;
                }
                else if (role.State && complement.Targets.Count > 0 && !complement.SkippedPosting && k + 1 < items.Count && items[k].IsWord
                    && Lexicon.IntroducesPosting(items[k].Folded) && items[k + 1].IsMention && mentions[items[k + 1].Mention].Label == EntityLabel.Location)
                {
                    // The place where a state role is held, after the state it serves (l'ambassadeur d'Ukraine en France): skipped.
                    complement.SkippedPosting = true;
                    k += 2;
                }
                else if (PrepositionAfter(items, k) is int afterPreposition && afterPreposition > k && afterPreposition < items.Count)
                {
                    if (items[afterPreposition].IsMention && IsTarget(items[afterPreposition].Mention))
                    {
                        // One organization, or several joined by "et" or commas (de la CGT et de la CFDT); a second one right after
                        // the first (de France au Japon: the posting) ends the complement.
                        if (complement.Targets.Count > 0) break;
                        complement.Targets.Add(items[afterPreposition].Mention);
                        k = afterPreposition + 1;
                        complement.End = k;
                        while (Joiner(items, k) is int more && more < items.Count)
                        {
                            int at = items[more].IsMention ? more : PrepositionAfter(items, more);
                            if (at <= 0 || at >= items.Count || !items[at].IsMention || !IsTarget(items[at].Mention)) break;
                            complement.Targets.Add(items[at].Mention);
                            k = at + 1;
                            complement.End = k;
                        }

                        continue;
                    }
                    else if (role.TakesPortfolio && complement.Portfolio is null && complement.Targets.Count == 0 && items[afterPreposition].IsWord && IsCapitalized(items[afterPreposition]))
                    {
                        int last = afterPreposition;
                        while (last + 1 < items.Count && last + 1 <= afterPreposition + 2 && items[last + 1].IsWord && !IsCapitalized(items[last + 1])
                            && !Lexicon.IsPreposition(items[last + 1].Folded) && !Lexicon.TryGetPlace(items[last + 1].Folded, out _)
                            && items[last + 1].Folded != "et")
                        {
                            last++;
                        }

                        complement.Portfolio = (items[k].Piece.Start, items[last].Piece.End);
                        k = last + 1;
                    }
                    else
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }

                complement.End = k;
            }

            if ((role.TakesPortfolio || role.State) && complement.Tail is null && TailEnd(items, complement.End) is int tailEnd)
            {
                complement.Tail = (items[complement.End].Piece.Start, items[tailEnd - 1].Piece.End);
                complement.End = tailEnd;

                // The organization after the name's end (le commissaire chargé du Climat à la Commission européenne).
                if (complement.Targets.Count == 0 && OrganizationAfter(items, tailEnd) is int target)
                {
                    complement.Targets.Add(items[target].Mention);
                    complement.End = target + 1;
                }
            }

            return complement;
        }

        /// <summary>
        /// The item after a role's specifier at <paramref name="k"/>: one or two groups of <c>de</c> (<c>du</c>, <c>des</c>,
        /// <c>d'</c>, <c>de la</c>) and one or two lower-case words (no role, nationality, preposition or joiner), four words at
        /// most, followed by a preposition and an organization (<c>chef du service de cardiologie du CHU de Rennes</c>);
        /// null when there is none.
        /// </summary>
        private int? SpecifierEnd(List<Item> items, int k)
        {
            int words = 0;
            for (int group = 0; group < 2; group++)
            {
                if (k >= items.Count || !items[k].IsWord || items[k].Folded is not ("de" or "du" or "des" or "d'")) return null;
                int first = PrepositionAfter(items, k);
                if (first <= k) return null;
                int last = first;
                while (last < items.Count && last - first < 2 && words < 4 && IsSpecifierWord(items[last]))
                {
                    last++;
                    words++;
                }

                if (last == first) return null;
                int at = PrepositionAfter(items, last);
                if (at > last && at < items.Count && items[at].IsMention && mentions[items[at].Mention].Label == EntityLabel.Organization) return last;
                k = last;
            }

            return null;

            bool IsSpecifierWord(Item item) =>
                item.IsWord && !IsCapitalized(item) && !Lexicon.IsPreposition(item.Folded) && !Lexicon.IsDeterminer(item.Folded)
                && item.Folded is not ("et" or "ou") && !Lexicon.IsRole(item.Folded) && !Lexicon.TryGetPlace(item.Folded, out _);
        }

        /// <summary>
        /// The item after the end of a role's name that starts at <paramref name="k"/> with a complement opener (<c>pour les
        /// affaires étrangères</c>, <c>chargée du Numérique</c>, <c>aux droits de l'homme</c>) and runs to a comma or the end of
        /// the clause, within 12 items, with no person and no stop word; null when there is none.
        /// </summary>
        private int? TailEnd(List<Item> items, int k)
        {
            if (k + 1 >= items.Count || !items[k].IsWord || items[k].IsMention || !Lexicon.OpensComplement(items[k].Folded)) return null;
            if (items[k].Folded == "a" && text[items[k].Piece.Start] is not ('à' or 'À')) return null;   // the verb a, folded like à
            if (items[k].Folded.StartsWith("charg", StringComparison.Ordinal) && PrepositionAfter(items, k + 1) < 0) return null;
            if (items[k].Folded is "a" or "au" or "aux" && (items[k + 1].IsMention || (PrepositionAfter(items, k) is int at && at > k && at < items.Count && items[at].IsMention)))
                return null;   // a target or a posting (au Japon, à l'ONU): not a name's end
            for (int j = k + 1; j < items.Count && j - k <= 12; j++)
            {
                var item = items[j];
                if (OrganizationAfter(items, j) is not null) return j > k + 1 && EndsName(items[j - 1]) ? j : null;
                if (item.IsComma) return j > k + 1 && EndsName(items[j - 1]) ? j : null;
                if (IsPerson(item) || (!item.IsMention && (!item.IsWord || Lexicon.StopsComplement(item.Folded)))) return null;
                if (j == items.Count - 1) return EndsName(item) ? j + 1 : null;
            }

            return null;

            // A name's end is no joiner, preposition or determiner (pour la Syrie et | Jan Berg).
            bool EndsName(Item last) => last.IsMention || (last.Folded is not ("et" or "ou") && !Lexicon.IsPreposition(last.Folded) && !Lexicon.IsDeterminer(last.Folded));
        }

        /// <summary>
        /// The organization mention after a preposition at <paramref name="k"/> that ends the clause or comes before a comma
        /// (<c>à la Commission européenne,</c>), or null.
        /// </summary>
        private int? OrganizationAfter(List<Item> items, int k)
        {
            if (k >= items.Count || !items[k].IsWord) return null;
            int at = PrepositionAfter(items, k);
            if (at <= k || at >= items.Count) return null;
            if (!items[at].IsMention || mentions[items[at].Mention].Label != EntityLabel.Organization) return null;
            return at + 1 == items.Count || items[at + 1].IsComma ? at : null;
        }

        /// <summary>
        /// Whether a first role joined by <c>et</c> may take the second one's organizations: not a state's role, with no qualifier
        /// of its own (<c>l'ancien Premier ministre et maire du Havre</c> is two roles in two places).
        /// </summary>
        private static bool SharesTargets(Found role) => !role.State && role.Qualifier is null;

        /// <summary>Whether <paramref name="complement"/> names organizations, and only organizations (no place, no country).</summary>
        private bool OrganizationsOnly(Complement complement) =>
            complement.Targets.Count > 0 && complement.Places.Count == 0 && complement.Targets.All(t => mentions[t].Label == EntityLabel.Organization);

        /// <summary>The organizations of <paramref name="complement"/> alone, for a role joined to it by <c>et</c> (no portfolio, no end of name).</summary>
        private static Complement SharedTargets(Complement complement)
        {
            var shared = new Complement { End = complement.End };
            shared.Targets.AddRange(complement.Targets);
            return shared;
        }

        /// <summary>The item after a joiner (<c>et</c>, <c>,</c>, <c>, et</c>) at <paramref name="k"/>, or null when there is none.</summary>
        private static int? Joiner(List<Item> items, int k)
        {
            if (k >= items.Count) return null;
            if (items[k].IsWord && items[k].Folded == "et") return k + 1;
            if (!items[k].IsComma) return null;
            return k + 1 < items.Count && items[k + 1].IsWord && items[k + 1].Folded == "et" ? k + 2 : k + 1;
        }

        /// <summary>
        /// Whether a role starting at <paramref name="first"/> starts its noun phrase: nothing, a comma or a determiner before it,
        /// and no relative or role before the determiner (<c>le fils du président</c>, <c>le conseiller de la ministre</c>).
        /// </summary>
        private bool StartsNounPhrase(List<Item> items, int first)
        {
            int before = first - 1;
            if (before < 0 || items[before].IsComma) return true;
            if (!items[before].IsWord || !Lexicon.IsDeterminer(items[before].Folded)) return false;
            int head = before - 1;
            if (head >= 0 && items[head].IsWord && Lexicon.IsPreposition(items[head].Folded)) head--;   // de la, à l'
            for (int length = 1; length <= 3 && head - length + 1 >= 0; length++)
            {
                if (WordsAt(items, head - length + 1, length) is { } words && (Lexicon.Relatives.Contains(words) || Lexicon.IsRole(words))) return false;
            }

            return true;
        }

        private bool IsTarget(int mention) => mentions[mention].Label is EntityLabel.Organization or EntityLabel.Location;

        private bool IsPerson(Item item) => item.IsMention && mentions[item.Mention].Label == EntityLabel.Person;

        /// <summary>Whether <paramref name="item"/> is a determiner that may open a role's noun phrase (not <c>et</c>).</summary>
        private bool OpensWithDeterminer(Item item) => item.IsWord && Lexicon.IsDeterminer(item.Folded) && item.Folded != "et";

        private bool IsCapitalized(Item item) => char.IsUpper(text[item.Piece.Start]);

        /// <summary>
        /// The items of [<paramref name="start"/>, <paramref name="end"/>) on one side of the people, cut at the stop nearest them
        /// (any punctuation other than a comma). Only the mentions next to them are visited (the list is sorted).
        /// </summary>
        private List<Item> Items(int start, int end, bool fromEnd)
        {
            int first, last;
            if (fromEnd)
            {
                first = last = people[0] - 1;
                while (first >= 0 && mentions[first].End > start) first--;
                first++;
            }
            else
            {
                first = last = people[^1] + 1;
                while (last < mentions.Count && mentions[last].Start < end) last++;
                last--;
            }

            var items = new List<Item>();
            int at = start;
            for (int index = first; index <= last; index++)
            {
                var mention = mentions[index];
                if (mention.End <= start || mention.Start >= end || mention.Start < at) continue;
                foreach (var piece in RoleText.Pieces(text, at, mention.Start)) items.Add(new Item(piece, -1, text));
                items.Add(new Item(new RoleText.Piece(RoleText.Kind.Word, mention.Start, mention.End), index, text));
                at = mention.End;
            }

            if (at < end)
            {
                foreach (var piece in RoleText.Pieces(text, at, end)) items.Add(new Item(piece, -1, text));
            }

            int stop = fromEnd ? items.FindLastIndex(IsStop) : items.FindIndex(IsStop);
            if (stop < 0) return items;
            return fromEnd ? items.GetRange(stop + 1, items.Count - stop - 1) : items.GetRange(0, stop);

            static bool IsStop(Item item) => !item.IsMention && item.Piece.Kind == RoleText.Kind.Stop;
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

        /// <summary>A role ending at <paramref name="k"/>, with the qualifiers before it (longest first).</summary>
        private Found? RoleEndingAt(List<Item> items, int k)
        {
            if (!items[k].IsWord || !Lexicon.EndsRole(items[k].Folded)) return null;
            for (int length = Math.Min(Lexicon.MaxRoleWords, k + 1); length >= 1; length--)
            {
                int first = k - length + 1;
                if (Role(items, first, length) is not { } found) continue;
                int qualifierStart = first;
                string? qualifier = found.Qualifier;
                while (qualifierStart > 0 && items[qualifierStart - 1].IsWord && QualifierOf(items[qualifierStart - 1].Folded) is { } q)
                {
                    qualifier ??= q.Length == 0 ? null : q;
                    qualifierStart--;
                }

                return found with { Qualifier = qualifier, QualifierStart = qualifierStart };
            }

            return null;
        }

        /// <summary>A role starting at <paramref name="k"/>, after its qualifiers (longest first).</summary>
        private Found? RoleStartingAt(List<Item> items, int k)
        {
            int qualifierStart = k;
            string? qualifier = null;
            while (k < items.Count && items[k].IsWord && QualifierOf(items[k].Folded) is { } q)
            {
                qualifier ??= q.Length == 0 ? null : q;
                k++;
            }

            for (int length = Math.Min(Lexicon.MaxRoleWords, items.Count - k); length >= 1; length--)
            {
                if (!items[k + length - 1].IsWord || !Lexicon.EndsRole(items[k + length - 1].Folded)) continue;
                if (Role(items, k, length) is { } found) return found with { Qualifier = found.Qualifier ?? qualifier, QualifierStart = qualifierStart };
            }

            return null;
        }

        /// <summary>The qualifier a word gives (empty for one that is read and dropped, <c>nouveau</c>), or null; plurals too (<c>anciens</c>).</summary>
        private string? QualifierOf(string folded)
        {
            if (Lexicon.TryGetQualifier(folded, out var q) || (folded.Length > 1 && folded[^1] is 's' or 'x' && Lexicon.TryGetQualifier(folded[..^1], out q)))
            {
                return q == "-" ? string.Empty : q;
            }

            return null;
        }

        /// <summary>The role of <paramref name="count"/> word items from <paramref name="first"/>: as written, written with <c>ex-</c>, or in the plural.</summary>
        private Found? Role(List<Item> items, int first, int count)
        {
            if (WordsAt(items, first, count) is not { } words) return null;
            bool ex = words.StartsWith("ex ", StringComparison.Ordinal);
            string bare = ex ? words[3..] : words;
            string? singular = null;
            if (!Lexicon.IsRole(bare) && !Lexicon.TryGetSingular(bare, out singular)) return null;

            string key = singular ?? bare;
            string? written = singular is null ? null : SingularAsWritten(items, first, count, ex);
            return new Found(first, first + count - 1, ex ? "ex" : null, Lexicon.IsStateRole(key), Lexicon.TakesPortfolio(key), first, ex, written);
        }

        /// <summary>The role's words as written, each with a final s or x dropped (<c>secrétaires générales</c> → <c>secrétaire générale</c>).</summary>
        private string SingularAsWritten(List<Item> items, int first, int count, bool ex)
        {
            string written = text[(items[first].Piece.Start + (ex ? 3 : 0))..items[first + count - 1].Piece.End];
            var words = written.Split(' ');
            for (int i = 0; i < words.Length; i++)
            {
                if (words[i].Length > 2 && words[i][^1] is 's' or 'x') words[i] = words[i][..^1];
            }

            return string.Join(' ', words);
        }

        /// <summary>The folded words of <paramref name="count"/> word items from <paramref name="first"/>, joined by spaces; null when an item is not a word.</summary>
        private static string? WordsAt(List<Item> items, int first, int count)
        {
            if (first < 0 || first + count > items.Count) return null;
            if (count == 1) return items[first].IsWord ? items[first].Folded : null;
            var parts = new string[count];
            for (int i = 0; i < count; i++)
            {
                if (!items[first + i].IsWord) return null;
                parts[i] = items[first + i].Folded;
            }

            return string.Join(' ', parts);
        }
    }
}
