using System.Collections.Frozen;
using Entities.Knowledge;

namespace Entities.Roles;

/// <summary>
/// The words a <see cref="RoleExtractor"/> reads: role nouns (<c>présidente</c>, <c>directeur général</c>), those of them that a
/// nationality adjective can give a country to (<c>le président brésilien</c>), qualifiers (<c>ancien</c>, <c>futur</c>), the
/// prepositions that introduce the organization or place of a role (<c>de la</c>, <c>à</c>), the determiners that may stand
/// right before a role, and the nationality adjectives with the place they name. All compared folded
/// (<see cref="TextFolding.Fold"/>; elided words keep their apostrophe). Immutable and thread-safe.
/// </summary>
public sealed class RoleLexicon
{
    private readonly FrozenSet<string> _roles;
    private readonly FrozenSet<string> _stateRoles;
    private readonly FrozenDictionary<string, string> _plurals;
    private readonly FrozenSet<string> _lastWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lastWordLookup;
    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;
    private readonly FrozenDictionary<string, string> _qualifiers;
    private readonly FrozenSet<string> _prepositions;
    private readonly FrozenSet<string> _determiners;
    private readonly FrozenDictionary<string, string> _places;

    /// <summary>Creates a lexicon.</summary>
    /// <param name="roles">Role nouns, one or more words each, as written.</param>
    /// <param name="stateRoles">The roles of a state, which a nationality adjective gives a country to (a subset of <paramref name="roles"/>, or added to them).</param>
    /// <param name="qualifiers">Word before a role → the qualifier it gives (<c>ancienne</c> → <c>ancien</c>); <c>ex-</c> written in the word gives <c>ex</c>.</param>
    /// <param name="prepositions">Word sequences between a role and its organization (<c>de</c>, <c>de la</c>, <c>d'</c>, <c>à</c>).</param>
    /// <param name="determiners">Words that may stand right before a role (<c>le</c>, <c>son</c>); after any other word a role is not read.</param>
    /// <param name="nationalities">Nationality adjective (any form) → the place it names.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RoleLexicon(
        IEnumerable<string> roles,
        IEnumerable<string> stateRoles,
        IEnumerable<KeyValuePair<string, string>> qualifiers,
        IEnumerable<string> prepositions,
        IEnumerable<string> determiners,
        IEnumerable<KeyValuePair<string, string>> nationalities)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(stateRoles);
        ArgumentNullException.ThrowIfNull(qualifiers);
        ArgumentNullException.ThrowIfNull(prepositions);
        ArgumentNullException.ThrowIfNull(determiners);
        ArgumentNullException.ThrowIfNull(nationalities);
        _stateRoles = Folded(stateRoles);
        _roles = Folded(roles).Union(_stateRoles).ToFrozenSet(StringComparer.Ordinal);
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string role in _roles)
        {
            string plural = string.Join(' ', role.Split(' ').Select(w => w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('\'') ? w : w + (w.EndsWith("au", StringComparison.Ordinal) || w.EndsWith("eu", StringComparison.Ordinal) ? "x" : "s")));
            if (!_roles.Contains(plural)) plurals.TryAdd(plural, role);
        }

        _plurals = plurals.ToFrozenDictionary(StringComparer.Ordinal);
        _lastWords = _roles.Concat(_plurals.Keys).Select(r => r[(r.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        _lastWordLookup = _lastWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = _roles.Concat(_plurals.Keys).Select(r => r.Split(' ')[0]).Append("ex").ToFrozenSet(StringComparer.Ordinal);
        _firstWordLookup = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _qualifiers = Map(qualifiers);
        _prepositions = Folded(prepositions);
        _determiners = Folded(determiners);
        _places = Map(nationalities);
        MaxRoleWords = _roles.Count == 0 ? 0 : _roles.Max(WordCount);
        MaxPrepositionWords = _prepositions.Count == 0 ? 0 : _prepositions.Max(WordCount);
    }

    /// <summary>
    /// Folded nouns that make a name after <c>du président</c> their own (<c>le fils du président, Paul Martin</c>: the son); a
    /// role after a determiner that follows one of them, or a role, is not the name's.
    /// </summary>
    public IReadOnlySet<string> Relatives { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The professional field of each role (folded, <see cref="Fold"/>: <c>maire</c> → <c>politics</c>, <c>judokate</c> →
    /// <c>sport</c>); a role not listed fixes none. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// Phrases by which a text says two people share a name (<c>son homonyme</c>, <c>porte le même nom que</c>), compared case-
    /// insensitively at word boundaries: the extractor then keeps apart two mentions of one full name that such a phrase stands
    /// before. Empty by default.
    /// </summary>
    public IReadOnlyList<string> HomonymCues { get; init; } = [];

    /// <summary>
    /// The field of a role as extracted (<see cref="PersonRole.Role"/>, with its portfolio: <c>ministre des Finances</c>): the
    /// field of the longest leading words that are a role of <see cref="Fields"/>, or <see langword="null"/>.
    /// </summary>
    public string? FieldOf(string role)
    {
        if (Fields.Count == 0 || string.IsNullOrEmpty(role)) return null;
        string folded = Fold(role);
        while (folded.Length > 0)
        {
            if (Fields.TryGetValue(folded, out string? field)) return field;
            int space = folded.LastIndexOf(' ');
            if (space < 0) return null;
            folded = folded[..space];
        }

        return null;
    }

    /// <summary>
    /// The roles that take a portfolio after them (<c>ministre des Finances</c>), given as written (folded here); after the others
    /// a capitalized complement that is no mention is not read as part of the role.
    /// </summary>
    public IEnumerable<string> PortfolioRoles
    {
        init => _portfolioRoles = Folded(value ?? []);
    }

    private readonly FrozenSet<string> _portfolioRoles = FrozenSet<string>.Empty;

    /// <summary>Whether the folded role takes a portfolio after it.</summary>
    public bool TakesPortfolio(string folded) => _portfolioRoles.Contains(folded);

    /// <summary>
    /// Folded words that open a phrase at the start of a clause (<c>à</c>, <c>selon</c>, <c>reçu</c>): a role inside such a phrase,
    /// before a comma, is not the role of the name after the comma (<c>Reçu par le ministre, Paul Martin a parlé</c>).
    /// </summary>
    public IEnumerable<string> PhraseOpeners
    {
        init => _phraseOpeners = Folded(value ?? []);
    }

    private readonly FrozenSet<string> _phraseOpeners = FrozenSet<string>.Empty;

    /// <summary>Whether the folded word opens a phrase at the start of a clause.</summary>
    public bool OpensPhrase(string folded) => _phraseOpeners.Contains(folded);

    /// <summary>
    /// Words that introduce where a state role is held, after the state it serves (<c>l'ambassadeur d'Ukraine en France</c>,
    /// <c>le consul de France à Genève</c>): that place is skipped, not a second target. Given as written (folded here).
    /// </summary>
    public IEnumerable<string> PostingWords
    {
        init => _postingWords = Folded(value ?? []);
    }

    private readonly FrozenSet<string> _postingWords = FrozenSet<string>.Empty;

    /// <summary>Whether <paramref name="folded"/> introduces the posting of a state role (see <see cref="PostingWords"/>).</summary>
    public bool IntroducesPosting(string folded) => _postingWords.Contains(folded);

    /// <summary>
    /// Words that open the end of a role's name, read up to the comma or the end of the clause after the role's organization
    /// or nationality, for the roles that take a portfolio or are a state's (<c>haute représentante de l'UE pour les affaires
    /// étrangères</c>, <c>la ministre déléguée française chargée du Numérique</c>, <c>haut-commissaire de l'ONU aux droits de
    /// l'homme</c>). Given as written (folded here).
    /// </summary>
    public IEnumerable<string> ComplementOpeners
    {
        init => _complementOpeners = Folded(value ?? []);
    }

    private readonly FrozenSet<string> _complementOpeners = FrozenSet<string>.Empty;

    /// <summary>Whether <paramref name="folded"/> opens the end of a role's name (see <see cref="ComplementOpeners"/>).</summary>
    public bool OpensComplement(string folded) => _complementOpeners.Contains(folded);

    /// <summary>
    /// Words that a role's complement never holds (<c>qui</c>, <c>que</c>: a clause, not a name). Given as written (folded here).
    /// </summary>
    public IEnumerable<string> ComplementStops
    {
        init => _complementStops = Folded(value ?? []);
    }

    private readonly FrozenSet<string> _complementStops = FrozenSet<string>.Empty;

    /// <summary>Whether <paramref name="folded"/> cannot be part of a role's complement (see <see cref="ComplementStops"/>).</summary>
    public bool StopsComplement(string folded) => _complementStops.Contains(folded);

    /// <summary>
    /// Pronouns that repeat the role said just before for another organization or place (<c>le maire de Perpignan, Louis Aliot,
    /// et celui de Béziers, Robert Ménard</c>). Given as written (folded here).
    /// </summary>
    public IEnumerable<string> RepeatWords
    {
        init => _repeatWords = Folded(value ?? []);
    }

    private readonly FrozenSet<string> _repeatWords = FrozenSet<string>.Empty;

    /// <summary>Whether <paramref name="folded"/> repeats the role said before (see <see cref="RepeatWords"/>).</summary>
    public bool RepeatsRole(string folded) => _repeatWords.Contains(folded);

    /// <summary>Whether the folded word repeats the role said before (see <see cref="RepeatWords"/>).</summary>
    public bool RepeatsRole(ReadOnlySpan<char> folded) => _repeatWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>An empty lexicon: no roles are found.</summary>
    public static RoleLexicon Empty { get; } = new([], [], [], [], [], []);

    /// <summary>Number of role nouns.</summary>
    public int RoleCount => _roles.Count;

    /// <summary>The most words of a role noun.</summary>
    public int MaxRoleWords { get; }

    /// <summary>The most words of a preposition.</summary>
    public int MaxPrepositionWords { get; }

    /// <summary>Whether the folded words are a role noun.</summary>
    public bool IsRole(string folded) => _roles.Contains(folded);

    /// <summary>The singular of a folded plural role (<c>secretaires generales</c> → <c>secretaire generale</c>): each word with an s (x after au, eu) added.</summary>
    public bool TryGetSingular(string folded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? singular) => _plurals.TryGetValue(folded, out singular);

    /// <summary>Whether the last word of <paramref name="folded"/> (folded words) ends a role or its plural (<c>ministre</c>, <c>ministres</c>).</summary>
    public bool EndsRole(ReadOnlySpan<char> folded) => _lastWordLookup.Contains(folded[(folded.LastIndexOf(' ') + 1)..]);

    /// <summary>Whether the first word of <paramref name="folded"/> starts a role or its plural (<c>directeur</c>, <c>ex</c>).</summary>
    public bool StartsRole(ReadOnlySpan<char> folded)
    {
        int space = folded.IndexOf(' ');
        return _firstWordLookup.Contains(space < 0 ? folded : folded[..space]);
    }

    /// <summary>Whether the folded words are a role of a state (a nationality adjective gives it a country).</summary>
    public bool IsStateRole(string folded) => _stateRoles.Contains(folded);

    /// <summary>The qualifier a folded word gives a role that follows it.</summary>
    public bool TryGetQualifier(string folded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? qualifier) => _qualifiers.TryGetValue(folded, out qualifier);

    /// <summary>Whether the folded words introduce the organization of a role.</summary>
    public bool IsPreposition(string folded) => _prepositions.Contains(folded);

    /// <summary>Whether the folded word may stand right before a role.</summary>
    public bool IsDeterminer(string folded) => _determiners.Contains(folded);

    /// <summary>The place a folded nationality adjective names.</summary>
    public bool TryGetPlace(string folded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? place) => _places.TryGetValue(folded, out place);

    /// <summary>Folds words as the extractor reads them: each word folded, an elided word keeping its apostrophe, joined by spaces.</summary>
    public static string Fold(string words) => string.Join(' ', RoleText.Words(words ?? ""));

    private static int WordCount(string folded) => folded.Split(' ').Length;

    private static FrozenSet<string> Folded(IEnumerable<string> words) =>
        words.Select(Fold).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Map(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            string folded = Fold(key ?? "");
            if (folded.Length > 0 && !string.IsNullOrWhiteSpace(value)) map.TryAdd(folded, value);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
