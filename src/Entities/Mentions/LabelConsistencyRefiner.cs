using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// One label per name in a document (the document-level consistency of Ratinov and Roth, 2009, as a rule): when the same
/// text is tagged with different labels among PER, LOC and ORG, the mentions in the minority take the label whose scores sum
/// to at least <see cref="Dominance"/> times any other's (<c>Villefort</c> read PER after <c>M. de</c> and in most sentences, LOC
/// in a few). A person's full name votes for its last word too when that word is read as a place, never as an organization
/// (<c>Barack Obama</c>… <c>à Honolulu, Obama évoque</c>; but <c>la maison Dior</c>… <c>Christian Dior</c>), and decides it when the
/// word is no known place (see the constructor). Names split evenly are left alone
/// (<c>Washington</c> the city and <c>George Washington</c>), unless a context decides: a one-word place right after one of
/// the place contexts given (<c>le maire d'Orange</c>, <c>les habitants de Lens</c>) makes the name's other mentions places too
/// (<c>À Orange, le festival…</c> read as the company), when no mention of the name follows one of the organization contexts
/// given (<c>le PDG d'Orange</c>) or a lower-case word other than the neutral words given (<c>la boutique Orange</c>, <c>chez
/// Orange</c>: perhaps the company) and no title decides it a person. Spans never change; MISC mentions neither give nor take
/// a label. Immutable and thread-safe.
/// </summary>
public sealed class LabelConsistencyRefiner : IMentionRefiner
{
    /// <summary>How many times the winning label's summed score must exceed each other label's.</summary>
    public const double Dominance = 2.0;

    /// <summary>The instance that takes every word for a known place: a person's full name only votes for its last word.</summary>
    public static LabelConsistencyRefiner Instance { get; } = new(_ => true);

    private readonly Func<string, bool> isPlaceName;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> particles;
    private readonly PrecedingPhrases placeContexts;
    private readonly PrecedingPhrases organizationContexts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> neutralWords;

    /// <summary>
    /// Creates the refiner. A person's full name decides the label of its last word read as a place when
    /// <paramref name="isPlaceName"/> says that word is no known place (<c>Lucien Morand</c>… <c>le neveu de ce Morand</c>) and
    /// the person was read with a score of <see cref="MinDecidingScore"/> or more; otherwise it only votes (<c>George
    /// Washington</c> and the city).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="isPlaceName"/> is <see langword="null"/>.</exception>
    public LabelConsistencyRefiner(Func<string, bool> isPlaceName)
        : this(isPlaceName, [], [])
    {
    }

    /// <summary>
    /// As <see cref="LabelConsistencyRefiner(Func{string, bool})"/>; a one-word person right after one of
    /// <paramref name="titles"/> (any case, <c>M.</c>, <c>vicomte</c>), with one of <paramref name="particles"/> between or not,
    /// decides its word as a full name does (<c>le vicomte de Brézé</c>… <c>tendit la main à Brézé</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LabelConsistencyRefiner(Func<string, bool> isPlaceName, IEnumerable<string> titles, IEnumerable<string> particles)
        : this(isPlaceName, titles, particles, [], [], [])
    {
    }

    /// <summary>
    /// As <see cref="LabelConsistencyRefiner(Func{string, bool}, IEnumerable{string}, IEnumerable{string})"/>; a one-word place
    /// right after one of <paramref name="placeContexts"/> (lower case, each ending with its preposition: <c>maire de</c>,
    /// <c>maire d'</c>) decides the label of the name's other mentions (<c>le maire d'Orange</c>… <c>À Orange, le festival</c>),
    /// unless a mention of the name follows one of <paramref name="organizationContexts"/> (<c>le PDG d'Orange</c>) or a lower-case
    /// word that is none of <paramref name="neutralWords"/> (articles and locative prepositions, lower case, straight apostrophes:
    /// after <c>la boutique</c> or <c>chez</c>, <c>Orange</c> may be the company), or a title decides it a person.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than 60 characters.</exception>
    public LabelConsistencyRefiner(
        Func<string, bool> isPlaceName, IEnumerable<string> titles, IEnumerable<string> particles, IEnumerable<string> placeContexts, IEnumerable<string> organizationContexts,
        IEnumerable<string> neutralWords)
    {
        ArgumentNullException.ThrowIfNull(isPlaceName);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(particles);
        ArgumentNullException.ThrowIfNull(placeContexts);
        ArgumentNullException.ThrowIfNull(organizationContexts);
        ArgumentNullException.ThrowIfNull(neutralWords);

        // Each word as given and with a typographic apostrophe, so that a word of the text is looked up as it is written.
        this.neutralWords = neutralWords.Select(Apostrophes.Straighten).SelectMany(word => new[] { word, word.Replace('\'', '’') })
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.placeContexts = new PrecedingPhrases(placeContexts, nameof(placeContexts));
        this.organizationContexts = new PrecedingPhrases(organizationContexts, nameof(organizationContexts));
        this.isPlaceName = isPlaceName;
        this.titles = TitleBefore.Lookup(titles, StringComparer.OrdinalIgnoreCase);
        this.particles = particles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count < 2) return mentions;

        // Most documents have no name with two labels: find one before building anything.
        Dictionary<string, (double Per, double Loc, double Org)>? sums = null;
        var first = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!IsMain(mention.Label)) continue;
            if (!first.TryGetValue(mention.Text, out var label)) first[mention.Text] = mention.Label;
            else if (label != mention.Label) (sums ??= new(StringComparer.Ordinal))[mention.Text] = default;
        }

        // A surname read as a place and never as an organization (a firm often bears its founder's name, `la maison Dior`).
        Dictionary<string, double>? surnames = null;   // each surname, with the best score of the persons that name it
        Dictionary<string, int>? labels = null;
        var firstLookup = first.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabel.Person && SurnameSpan(mention.Text) is { IsEmpty: false } span
                && firstLookup.TryGetValue(span, out string? surname, out var label) && label == EntityLabel.Location && !HasMention(mentions, ref labels, surname, EntityLabel.Organization))
            {
                AddSurname(ref surnames, surname, mention.Score);
                (sums ??= new(StringComparer.Ordinal)).TryAdd(surname, default);
            }
        }

        // A one-word person after a title, read as a place elsewhere.
        if (titles.Set.Count > 0 && sums is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.Label == EntityLabel.Person && NameShape.IsOneWord(mention.Text) && sums.ContainsKey(mention.Text)
                    && HasMention(mentions, ref labels, mention.Text, EntityLabel.Location) && !HasMention(mentions, ref labels, mention.Text, EntityLabel.Organization)
                    && TitleBefore.Precedes(text, mention.Start, titles, particles))
                    AddSurname(ref surnames, mention.Text, mention.Score);
            }
        }

        if (sums is null) return mentions;
        HashSet<string>? decided = null;
        foreach (var (surname, score) in surnames ?? [])
        {
            if (score >= MinDecidingScore && !isPlaceName(surname)) (decided ??= new(StringComparer.Ordinal)).Add(surname);
        }

        var places = DecidedPlaces(text, mentions, sums, surnames);

        foreach (var mention in mentions)
        {
            if (!IsMain(mention.Label)) continue;
            if (sums.TryGetValue(mention.Text, out var sum)) sums[mention.Text] = Add(sum, mention.Label, mention.Score);
            if (surnames is not null && mention.Label == EntityLabel.Person && SurnameSpan(mention.Text) is { IsEmpty: false } span
                && surnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out string? surname, out _) && sums.TryGetValue(surname, out sum))
                sums[surname] = Add(sum, EntityLabel.Person, mention.Score);
        }

        return MentionRelabeling.Apply(mentions, new Rule(sums, decided, places));
    }

    /// <summary>
    /// The names with two labels that a place context decides (a one-word place right after one), none of whose mentions
    /// follows an organization context and that no title or full name makes a person; or <see langword="null"/>.
    /// </summary>
    private HashSet<string>? DecidedPlaces(string text, IReadOnlyList<EntityMention> mentions, Dictionary<string, (double Per, double Loc, double Org)> sums, Dictionary<string, double>? surnames)
    {
        if (placeContexts.IsEmpty) return null;
        HashSet<string>? places = null;
        HashSet<string>? vetoed = null;
        foreach (var mention in mentions)
        {
            if (!IsMain(mention.Label) || !sums.ContainsKey(mention.Text)) continue;
            if (organizationContexts.EndBefore(text, mention.Start) || (mention.Label != EntityLabel.Location && AfterOtherWord(text, mention.Start)))
                (vetoed ??= new(StringComparer.Ordinal)).Add(mention.Text);
            else if (mention.Label == EntityLabel.Location && NameShape.IsOneWord(mention.Text) && placeContexts.EndBefore(text, mention.Start))
                (places ??= new(StringComparer.Ordinal)).Add(mention.Text);
        }

        if (places is null) return null;
        if (vetoed is not null) places.ExceptWith(vetoed);
        if (surnames is not null) places.ExceptWith(surnames.Keys);
        return places.Count > 0 ? places : null;
    }

    /// <summary>Whether a lower-case word that is no neutral word ends right before <paramref name="start"/> (one space or none between).</summary>
    private bool AfterOtherWord(string text, int start)
    {
        int end = start > 0 && char.IsWhiteSpace(text[start - 1]) ? start - 1 : start;
        int begin = end > 0 && text[end - 1] is '\'' or '’' ? end - 1 : end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        return begin < end && char.IsLower(text[begin]) && !neutralWords.Contains(text.AsSpan(begin, end - begin));
    }

    /// <summary>
    /// The lowest score of a person that decides the label of its surname read as a place (see the constructor): a weaker
    /// reading only votes, so that a doubtful person (<c>Ubisoft Montpellier</c> read as one, at 0.27) does not turn a city read
    /// with confidence into a person.
    /// </summary>
    public const double MinDecidingScore = 0.5;

    /// <summary>Adds <paramref name="surname"/> to <paramref name="surnames"/>, keeping the best score of the persons that name it.</summary>
    private static void AddSurname(ref Dictionary<string, double>? surnames, string surname, double score)
    {
        surnames ??= new(StringComparer.Ordinal);
        surnames[surname] = surnames.TryGetValue(surname, out double best) ? Math.Max(best, score) : score;
    }

    private static (double Per, double Loc, double Org) Add((double Per, double Loc, double Org) sum, EntityLabel label, double score)
    {
        score = Math.Max(score, 0.01);
        return label switch
        {
            EntityLabel.Person => sum with { Per = sum.Per + score },
            EntityLabel.Location => sum with { Loc = sum.Loc + score },
            _ => sum with { Org = sum.Org + score },
        };
    }

    /// <summary>
    /// Whether a mention of the document spells <paramref name="text"/> with <paramref name="label"/>; <paramref name="labels"/>
    /// (each text's labels as bits) is built at the first question, so that a long document is read once, not once a question.
    /// </summary>
    private static bool HasMention(IReadOnlyList<EntityMention> mentions, ref Dictionary<string, int>? labels, string text, EntityLabel label)
    {
        if (labels is null)
        {
            labels = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var mention in mentions)
            {
                ref int bits = ref CollectionsMarshal.GetValueRefOrAddDefault(labels, mention.Text, out _);
                bits |= 1 << (int)mention.Label;
            }
        }

        return labels.TryGetValue(text, out int found) && (found & (1 << (int)label)) != 0;
    }

    /// <summary>The last word of a name of several words when it is capitalized (<c>Obama</c> of <c>Barack Obama</c>), else empty.</summary>
    private static ReadOnlySpan<char> SurnameSpan(string name)
    {
        int space = name.LastIndexOf(' ');
        if (space <= 0 || space + 3 > name.Length || !char.IsUpper(name[space + 1])) return default;
        return name.AsSpan(space + 1);
    }

    private static bool IsMain(EntityLabel label) => label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Organization;

    /// <summary>The dominant label of a sum, or <see langword="null"/> when none dominates.</summary>
    private static EntityLabel? Winner((double Per, double Loc, double Org) sum)
    {
        if (sum.Per >= Dominance * Math.Max(sum.Loc, sum.Org)) return EntityLabel.Person;
        if (sum.Loc >= Dominance * Math.Max(sum.Per, sum.Org)) return EntityLabel.Location;
        if (sum.Org >= Dominance * Math.Max(sum.Per, sum.Loc)) return EntityLabel.Organization;
        return null;
    }

    private readonly struct Rule(Dictionary<string, (double Per, double Loc, double Org)> sums, HashSet<string>? decided, HashSet<string>? places) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention)
        {
            if (!IsMain(mention.Label) || !sums.TryGetValue(mention.Text, out var sum)) return null;
            if (mention.Label == EntityLabel.Location && decided is not null && decided.Contains(mention.Text)) return EntityLabel.Person;
            if (places is not null && places.Contains(mention.Text)) return EntityLabel.Location;
            return Winner(sum);
        }
    }
}
