using Entities.Knowledge;
using System.Collections.Frozen;

namespace Entities.Resolution;

/// <summary>The language data an <see cref="AliasResolver"/> works with. Immutable and thread-safe.</summary>
public sealed class AliasResolverProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="aliasTable">Known entities and their names; its <see cref="AliasTable.KeyBuilder"/> is used for all matching.</param>
    /// <param name="titles">Titles and honorifics stripped from the start of person mentions and read before mentions as hints (<c>M.</c>, <c>président</c>).</param>
    /// <param name="articles">Articles: elided ones (<c>l'</c>) are stripped from the start of any mention; full ones (<c>le</c>) only when a title follows.</param>
    /// <param name="connectors">Function words skipped when reading the initials of a long form (<c>de</c>, <c>la</c>, <c>et</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AliasResolverProfile(AliasTable aliasTable, NamePrefixList titles, NamePrefixList articles, IEnumerable<string> connectors)
    {
        ArgumentNullException.ThrowIfNull(aliasTable);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(connectors);
        AliasTable = aliasTable;
        Titles = titles;
        Articles = articles;
        var connectorSet = connectors.Select(TextFolding.Fold).Where(word => word.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        Connectors = connectorSet;
        connectorLookup = connectorSet.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> connectorLookup;

    /// <summary>A profile with no language data: folding and the language-neutral grouping rules only.</summary>
    public static AliasResolverProfile Neutral { get; } = new(AliasTable.Empty, NamePrefixList.Empty, NamePrefixList.Empty, []);

    /// <summary>Given names and their gender, read from a person's first given name when no title gives one (default: none).</summary>
    public GivenNameGenders GivenNames { get; init; } = GivenNameGenders.Empty;

    /// <summary>
    /// Words that introduce a father's name inside a person's name (<c>ben</c>, <c>bin</c>, <c>ibn</c>, <c>ould</c>): what
    /// follows one is not a short form of the person (<c>Salmane</c> is not <c>Mohammed ben Salmane</c> but his father). Each
    /// word both folded (<see cref="TextFolding.Fold"/>) and as a matching form (<see cref="KeyBuilder"/>); default none.
    /// </summary>
    public IReadOnlySet<string> PatronymicParticles
    {
        get => patronymicParticles;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            patronymicParticles = value.ToFrozenSet(StringComparer.Ordinal);
            patronymicLookup = patronymicParticles.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    private readonly FrozenSet<string> patronymicParticles = FrozenSet<string>.Empty;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> patronymicLookup = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (folded, or a matching form) is one of the <see cref="PatronymicParticles"/>.</summary>
    internal bool IsPatronymicParticle(ReadOnlySpan<char> word) => patronymicParticles.Count > 0 && patronymicLookup.Contains(word);

    /// <summary>
    /// Generation suffixes after a person's name, as matching forms (<c>jr</c>, <c>sr</c>): a name ending with one is another
    /// person than the name without it (<c>Donald Trump Jr.</c>, son of <c>Donald Trump</c>), so its prefixes abbreviate nobody
    /// in its document; default none.
    /// </summary>
    public IReadOnlySet<string> GenerationSuffixes
    {
        get => generationSuffixes;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            generationSuffixes = value.ToFrozenSet(StringComparer.Ordinal);
            generationLookup = generationSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    private readonly FrozenSet<string> generationSuffixes = FrozenSet<string>.Empty;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> generationLookup = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (a matching form) is one of the <see cref="GenerationSuffixes"/>.</summary>
    internal bool IsGenerationSuffix(ReadOnlySpan<char> word) => generationSuffixes.Count > 0 && generationLookup.Contains(word);

    /// <summary>
    /// Lower-case adjectives that, right after an organization's name, make it another organization than the one the name
    /// alone names (<c>le Sénat italien</c> is not <c>le Sénat</c>, <c>la Cour suprême américaine</c> not the table's Cour
    /// suprême): nationality adjectives other than the language's own country's. The mention's key then includes the adjective
    /// and it takes no alias-table entry of the bare name; default none.
    /// </summary>
    public IReadOnlySet<string> QualifyingAdjectives
    {
        get => qualifyingAdjectives;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            qualifyingAdjectives = value.ToFrozenSet(StringComparer.Ordinal);
            qualifyingLookup = qualifyingAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    private readonly FrozenSet<string> qualifyingAdjectives = FrozenSet<string>.Empty;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> qualifyingLookup = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (as written) is one of the <see cref="QualifyingAdjectives"/>.</summary>
    internal bool IsQualifyingAdjective(ReadOnlySpan<char> word) => qualifyingAdjectives.Count > 0 && qualifyingLookup.Contains(word);

    /// <summary>
    /// What says that a town's name stands for its team in a match report (<see cref="TeamContext"/>): such a place mention is
    /// keyed apart from the town (its key gets <see cref="TeamKeySuffix"/>), so the graph never joins the club's mentions to the
    /// town's; <see langword="null"/> (the default) reads none.
    /// </summary>
    public TeamContext? Teams { get; init; }

    /// <summary>
    /// Place names shared by two places and the cues of the less usual one (<see cref="PlaceSenses"/>: <c>Géorgie</c> near
    /// <c>Atlanta</c> is the US state): such a place mention is keyed apart (its key gets the other place's qualifier);
    /// <see langword="null"/> (the default) reads none.
    /// </summary>
    public PlaceSenses? PlaceSenses { get; init; }

    /// <summary>
    /// Organization names shared by two organizations and the cues of the less usual one, read as <see cref="PlaceSenses"/> reads
    /// places (<c>PS</c> near <c>Berne</c> or <c>votation</c> is the Swiss party): such an organization mention is keyed apart
    /// (its key gets the other organization's qualifier, with no table entry); <see langword="null"/> (the default) reads none.
    /// </summary>
    public PlaceSenses? OrganizationSenses { get; init; }

    /// <summary>
    /// Places whose name opens with an article that French contracts with <c>à</c> and <c>de</c>, by the match key of the name
    /// without it (<c>havre</c> → <c>Le</c>, <c>sables d olonne</c> → <c>Les</c>): a place mention of that name right after
    /// <c>au</c>, <c>du</c> or <c>le</c> (<c>Le</c>), <c>aux</c>, <c>des</c> or <c>les</c> (<c>Les</c>) is keyed as the whole name, so
    /// <c>au Havre</c> and <c>le maire du Havre</c> are <c>Le Havre</c>; so is the name written alone anywhere (<c>HAVRE, 3 mai</c>)
    /// when it is no place of its own (<see cref="ArticlePlace.BareIsPlace"/>). Empty (the default) reads none.
    /// </summary>
    public IReadOnlyDictionary<string, ArticlePlace> ArticlePlaces { get; init; } = new Dictionary<string, ArticlePlace>();

    /// <summary>
    /// What gives a given name said alone the surname of the person it is named with (<see cref="KinshipNames"/>: <c>son
    /// épouse Melania</c> after <c>le président Trump</c>); <see langword="null"/> (the default) infers none.
    /// </summary>
    public KinshipNames? Kinship { get; init; }

    /// <summary>The word added to the matching form of a town standing for its team (<c>marseille equipe</c>).</summary>
    public const string TeamKeySuffix = "equipe";

    /// <summary>Known entities and their names.</summary>
    public AliasTable AliasTable { get; }

    /// <summary>Titles and honorifics.</summary>
    public NamePrefixList Titles { get; }

    /// <summary>Articles, elided or not.</summary>
    public NamePrefixList Articles { get; }

    /// <summary>Folded function words skipped when reading initials.</summary>
    public IReadOnlySet<string> Connectors { get; }

    /// <summary>Whether <paramref name="folded"/> is one of the <see cref="Connectors"/>.</summary>
    internal bool IsConnector(ReadOnlySpan<char> folded) => connectorLookup.Contains(folded);

    /// <summary>The builder of matching forms (the alias table's).</summary>
    public MatchKeyBuilder KeyBuilder => AliasTable.KeyBuilder;
}

/// <summary>A place whose name opens with an article (<see cref="AliasResolverProfile.ArticlePlaces"/>).</summary>
/// <param name="Article">The article, as the name writes it: <c>Le</c> or <c>Les</c>.</param>
/// <param name="BareIsPlace">Whether the name without its article is a place of its own (<c>Pin</c> beside <c>Le Pin</c>).</param>
public readonly record struct ArticlePlace(string Article, bool BareIsPlace);
