using Entities.French.Data;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.French.Resolution;

/// <summary>Loads the French alias-resolution data files embedded under <c>Data/aliases/</c>.</summary>
internal static class FrenchResolutionData
{
    /// <summary>The knowledge tables whose names also join the alias table (the others are tagger gazetteers only).</summary>
    public static IReadOnlyList<string> KnowledgeTableFiles { get; } = ["knowledge/org-companies-fr.tsv", "knowledge/org-companies-world.tsv", "knowledge/org-media.tsv", "knowledge/org-unions.tsv", "knowledge/org-sports.tsv"];

    /// <summary>
    /// The knowledge tables whose names join the alias table without their acronyms (<c>AMF</c>, <c>BoE</c>: public bodies,
    /// international organizations, parties, NGOs, schools and research): an acronym of these tables is tagged (the acronym
    /// tagger's own table) but joins a long form only when its document defines it or its letters match.
    /// </summary>
    public static IReadOnlyList<string> KnowledgeNameOnlyFiles { get; } = ["knowledge/org-public-bodies.tsv", "knowledge/org-international.tsv", "knowledge/org-politics.tsv", "knowledge/org-ngos.tsv", "knowledge/org-education-research.tsv"];

    /// <summary>The alias table files, one per domain.</summary>
    public static IReadOnlyList<string> TableFiles { get; } = ["countries.tsv", "cities.tsv", "organizations.tsv", "agencies.tsv", "french-institutions.tsv", "people.tsv", "events.tsv", "products.tsv"];

    /// <summary>Builds the resolver data: the built-in tables, with <paramref name="knowledge"/>'s entries on top when given.</summary>
    public static AliasResolverProfile LoadProfile(UserKnowledge? knowledge = null)
    {
        var transliterations = Read("transliterations.tsv", TransliterationRules.Parse);
        var keyBuilder = new MatchKeyBuilder(transliterations);
        var builtIn = WithoutClashes(TableFiles.SelectMany(file => FrenchDataFiles.ReadTable("aliases/" + file)).ToList(), KnowledgeEntries(), keyBuilder);
        var table = new AliasTable(knowledge is null ? builtIn : knowledge.OnTopOf(builtIn, keyBuilder), keyBuilder);
        return new AliasResolverProfile(
            table,
            FrenchWordLists.ResolverTitles(),
            Read("articles.txt", NamePrefixList.Parse),
            ReadWords("connectors.txt"))
        {
            GivenNames = GivenNames,
            Teams = new TeamContext(ReadWords("sports-results.txt"), ReadWords("sports-opponents.txt"), ReadWords("sports-cues.txt")),
            PlaceSenses = Read("place-senses.tsv", PlaceSenses.Parse),
            OrganizationSenses = Read("organization-senses.tsv", PlaceSenses.Parse),
            ArticlePlaces = ArticlePlaces(builtIn, keyBuilder),
            Kinship = Read("kinship.tsv", (reader, source) => KinshipNames.Parse(reader, source, FrenchDataFiles.ReadRowsFor("titles.tsv", "kin").Select(row => row[0]))),
            QualifyingAdjectives = FrenchWordLists.Demonyms().Where(row => row.Place != "France").SelectMany(row => row.Forms).ToHashSet(StringComparer.Ordinal),
            GenerationSuffixes = ReadWords("generation-suffixes.txt").Select(keyBuilder.Build).ToHashSet(StringComparer.Ordinal),
            PatronymicParticles = ReadWords("patronymic-particles.txt").SelectMany(word => new[] { TextFolding.Fold(word), keyBuilder.Build(word) }).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The places whose name opens with <c>Le</c> or <c>Les</c>, which French contracts with <c>à</c> and <c>de</c> (<c>au Havre</c>,
    /// <c>aux Sables-d'Olonne</c>): the alias tables' places and the embedded model's communes and world cities, each with whether
    /// its name without the article is a place too (of those, or a country or region of the model).
    /// </summary>
    private static Dictionary<string, ArticlePlace> ArticlePlaces(IEnumerable<AliasEntry> entries, MatchKeyBuilder keyBuilder)
    {
        var places = new Dictionary<string, ArticlePlace>(StringComparer.Ordinal);
        foreach (var (name, bareIsPlace) in ArticlePlaceNames(entries))
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            string key = keyBuilder.Build(name[(space + 1)..]);
            if (key.Length > 0) places.TryAdd(key, new ArticlePlace(name[..space], bareIsPlace));
        }

        return places;
    }

    private static List<(string Name, bool BareIsPlace)> ArticlePlaceNames(IEnumerable<AliasEntry> entries)
    {
        static bool Opens(string name) => name.StartsWith("Le ", StringComparison.Ordinal) || name.StartsWith("Les ", StringComparison.Ordinal);
        var gazetteers = Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers;
        var bare = entries.Where(e => e.Label == EntityLabel.Location).SelectMany(e => e.Aliases.Prepend(e.Canonical))
            .Concat(gazetteers.Where(g => g.Name is "commune" or "country" or "region").SelectMany(g => g.Entries)).ToHashSet(StringComparer.Ordinal);
        var places = bare.Concat(gazetteers.Where(g => g.Name is "world-city").SelectMany(g => g.Entries)).ToHashSet(StringComparer.Ordinal);

        // Whether the name without its article is a place of its own (bare): a commune, a country or region, or a table's place,
        // not a world city's alternate names, where Havre is Le Havre itself.
        return [.. places.Where(Opens).Select(name => (name, bare.Contains(name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..])))];
    }

    private static readonly Lazy<GivenNameGenders> LazyGivenNames = new(() => Read("given-names.tsv", GivenNameGenders.Parse));

    /// <summary>The given names of <c>given-names.tsv</c> with their gender, read once (the resolver and the rule layer read them).</summary>
    public static GivenNameGenders GivenNames => LazyGivenNames.Value;

    /// <summary>
    /// The entries of the knowledge tables (<c>Data/knowledge/*.tsv</c>: organizations and places) as alias-table entries, each
    /// without the names listed in <c>knowledge/ambiguous-names.txt</c> (ordinary words, given names, surnames, places: those
    /// stay soft evidence for the tagger only); an entry left without a name is dropped.
    /// </summary>
    public static IEnumerable<AliasEntry> KnowledgeEntries()
    {
        var ambiguous = FrenchDataFiles.ReadEntries("knowledge/ambiguous-names.txt").ToHashSet(StringComparer.Ordinal);
        var entries = KnowledgeTableFiles.SelectMany(f => FrenchDataFiles.ReadTable(f)).Select(entry => (entry, Acronyms: true))
            .Concat(KnowledgeNameOnlyFiles.SelectMany(f => FrenchDataFiles.ReadTable(f)).Select(entry => (entry, Acronyms: false)));
        foreach (var (entry, acronyms) in entries)
        {
            var names = entry.AllNames.Where(n => !ambiguous.Contains(n) && (acronyms || !Entities.Mentions.TableAcronymTagger.IsAcronym(n))).ToList();
            if (names.Count == 0) continue;
            yield return entry with { Canonical = names[0], Aliases = names.Count > 1 ? names[1..] : [] };
        }
    }

    /// <summary>
    /// The alias tables followed by the knowledge entries, each knowledge name whose key (<paramref name="keyBuilder"/>: folded and
    /// transliterated) an earlier entry of the same label already has left out: the hand-made alias tables win.
    /// </summary>
    private static List<AliasEntry> WithoutClashes(List<AliasEntry> tables, IEnumerable<AliasEntry> knowledge, MatchKeyBuilder keyBuilder)
    {
        var taken = new HashSet<(EntityLabel, string)>();
        foreach (var entry in tables)
        {
            foreach (string name in entry.AllNames) taken.Add((entry.Label, keyBuilder.Build(name)));
        }

        foreach (var entry in knowledge)
        {
            var names = new List<string>();
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in entry.AllNames)
            {
                string key = keyBuilder.Build(name);
                if (key.Length > 0 && !taken.Contains((entry.Label, key)) && own.Add(key)) names.Add(name);
            }

            if (names.Count == 0) continue;
            foreach (string name in names) taken.Add((entry.Label, keyBuilder.Build(name)));
            tables.Add(entry with { Canonical = names[0], Aliases = names.Count > 1 ? names[1..] : [] });
        }

        return tables;
    }

    /// <summary>The non-comment, non-blank lines of a word-list file.</summary>
    public static IReadOnlyList<string> ReadWords(string file) => [.. FrenchDataFiles.ReadEntries("aliases/" + file)];

    /// <summary>Opens a data file under <c>Data/aliases/</c> and parses it (through <see cref="FrenchDataFiles"/>).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    public static T Read<T>(string file, Func<TextReader, string, T> parse) => FrenchDataFiles.Read("aliases/" + file, parse);
}
