using System.Globalization;
using Entities.Knowledge;
using Entities.French.Data;
using Entities.French.Resolution;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Resolution;

namespace Entities.French.Mentions;

/// <summary>
/// The French rule layer between the tagger and the resolver, over the French alias table: first splits person mentions
/// the tagger ran on past the name (<see cref="PersonRunOnSplitter"/>: <c>Jean Valjean regarda Cosette</c>) and organization mentions run on into their
/// leader's name (<see cref="OrganizationLeaderSplitter"/>: <c>Rassemblement national de Jordan Bardella</c>), then extends mentions cut short to a
/// full name of the table (<see cref="AliasTableSpanExtender"/>) and places or organizations found inside an institution's
/// name to the whole name (<see cref="OrganizationHeadExtender"/>: <c>l'Institut de recherche sur le Maghreb</c>), then relabels all-capitals datelines the table knows
/// (<see cref="AllCapsAliasRelabeler"/>), then gives mentions spelled exactly as an organization or a person of the table
/// that label (<see cref="TableLabelRelabeler"/>: <c>Insee</c> tagged LOC becomes ORG), then tags the untagged repeats of
/// acronyms the tagger found (<see cref="AcronymRecurrenceRefiner"/>), then adds the table's acronyms it missed
/// (<see cref="TableAcronymTagger"/>), then the table's other names it missed (<see cref="TableNameTagger"/>:
/// <c>la Haute Autorité de santé</c>), then makes an organization of a name the tagger read as a place when the knowledge tables know it as an organization
/// and no table or gazetteer as a place (<c>l'Ademe</c>), of a one-word name after a company role
/// (<see cref="PrecedingWordsRelabeler"/>: <c>le PDG de Michelin</c>), and last makes a person of every mention an honorific introduces
/// (<see cref="HonorificPersonRelabeler"/>: <c>M. Renault</c>).
/// </summary>
public static class FrenchMentionRefiner
{
    private static readonly Lazy<IMentionRefiner[]> LazySteps = new(CreateSteps, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IMentionRefiner> LazyDefault = new(() => new MentionRefinerChain(LazySteps.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The refiners of <see cref="Default"/>, in the order it runs them (for measuring each one alone).</summary>
    internal static IReadOnlyList<IMentionRefiner> Steps => LazySteps.Value;

    /// <summary>The refiner over <see cref="FrenchAliasTable.Default"/>, built once. Immutable and thread-safe.</summary>
    public static IMentionRefiner Default => LazyDefault.Value;

    /// <summary>
    /// Creates the French rule layer over <paramref name="table"/> (the built-in table with a user's entries on top), ending with
    /// an <see cref="ExclusionFilter"/> when <paramref name="exclusions"/> is not empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IMentionRefiner Create(AliasTable table, IEnumerable<string> exclusions)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(exclusions);
        return new MentionRefinerChain(CreateSteps(table, exclusions));
    }

    /// <summary><paramref name="word"/> with its first letter in upper case (<c>marie</c> → <c>Marie</c>).</summary>
    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Whether <paramref name="name"/> is a person of the tables (<c>Macron</c>).</summary>
    private static bool IsKnownPerson(AliasTable table, string name) => table.GetEntries(name).Any(e => e.Label == EntityLabel.Person);

    /// <summary>Whether <paramref name="name"/> is also a place of the tables (<c>Suisse</c>, <c>Corse</c>, <c>Argentine</c>): never relabeled as a nationality.</summary>
    private static bool IsPlaceName(AliasTable table, string name) =>
        table.GetEntries(name).Any(e => e.Label == EntityLabel.Location) || KnownPlaces.Value.Contains(name);

    /// <summary>
    /// The places of the alias and knowledge tables named by several words or a hyphenated word (<c>Hô Chi Minh-Ville</c>, <c>Le
    /// Havre</c>, <c>Buenos Aires</c>) that no table has as a person and that open with no given name: read as a person, such a
    /// name is still the place (a one-word place, <c>Florence</c>, <c>Nancy</c>, may be a person's name).
    /// </summary>
    private static IEnumerable<string> CompoundTablePlaces(AliasTable table) =>
        table.Entries.Where(entry => entry.Label == EntityLabel.Location).SelectMany(entry => entry.AllNames).Concat(KnownPlaces.Value)
            .Where(name => name.AsSpan().IndexOfAny(' ', '-') > 0 && !IsKnownPerson(table, name) && !IsGivenName(name.Split(' ', '-')[0]))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The acronyms of the alias table's organizations (<c>CGT</c>, <c>Medef</c>'s <c>MEDEF</c>) that are no company's, no place, no
    /// given name and no ordinary word: a place of several words that opens with one is that body's branch (<c>CGT
    /// Hauts-de-France</c>).
    /// </summary>
    private static IEnumerable<string> OneWordTableOrganizations(AliasTable table)
    {
        // Not a company: a company and a place name its site (le site Airbus Saint-Martin).
        var companies = FrenchResolutionData.KnowledgeTableFiles.Where(f => f.StartsWith("knowledge/org-companies", StringComparison.Ordinal))
            .SelectMany(f => FrenchDataFiles.ReadTable(f)).SelectMany(entry => entry.AllNames).ToHashSet(StringComparer.Ordinal);
        return table.Entries.Where(entry => entry.Label == EntityLabel.Organization).SelectMany(entry => entry.AllNames)
            .Where(name => name.Length > 2 && name.AsSpan().IndexOfAny(" -'\u2019") < 0 && TableAcronymTagger.IsAcronym(name) && !companies.Contains(name)
                && !IsPlaceName(table, name) && !IsModelPlace(name) && !IsGivenName(name) && !OrdinaryWords.Value.Contains(name.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The web page furniture of <c>web-furniture.txt</c> (<c>Accueil</c>, <c>Home</c>), as written.</summary>
    private static readonly Lazy<HashSet<string>> WebFurnitureSet = new(() => FrenchWordLists.WebFurniture().ToHashSet(StringComparer.Ordinal));

    /// <summary>The knowledge tables as gazetteers, read once for the place and organization names below.</summary>
    private static readonly Lazy<IReadOnlyList<Entities.Tagging.Gazetteer>> Knowledge = new(Entities.French.Ner.FrenchNerResources.KnowledgeGazetteers);

    /// <summary>The place names of the knowledge tables (regions, waters, relief).</summary>
    private static readonly Lazy<HashSet<string>> KnownPlaces = new(() => KnowledgeNames("known-LOC"));

    private static IMentionRefiner[] CreateSteps() => CreateSteps(FrenchAliasTable.Default, []);

    /// <summary>Whether every hyphen-separated part of <paramref name="name"/>, in lower case, is a number word (<c>Vingt-Sept</c>, <c>Douze</c>).</summary>
    private static bool IsNumberName(string name, HashSet<string> numberWords) =>
        name.Split('-').All(part => numberWords.Contains(part.ToLowerInvariant()));

    /// <summary>The nationality nouns, capitalized (<c>Lorrain</c>, <c>Sud-Africain</c>).</summary>
    private static readonly Lazy<HashSet<string>> DemonymNounSet = new(() => FrenchWordLists.DemonymNouns().ToHashSet(StringComparer.Ordinal));

    /// <summary>The organization names of the knowledge tables.</summary>
    private static readonly Lazy<HashSet<string>> KnownOrganizations = new(() => KnowledgeNames("known-ORG"));

    private static HashSet<string> KnowledgeNames(string gazetteer) => [.. Knowledge.Value.Where(g => g.Name == gazetteer).SelectMany(g => g.Entries)];

    /// <summary>Organization names of the knowledge tables and the model's media gazetteer that start with a capitalized article (<c>Le Dauphiné libéré</c>).</summary>
    private static readonly Lazy<HashSet<string>> OrganizationsWithArticles = new(() => WithArticles("known-ORG", ["media"]));

    /// <summary>Place names of the knowledge tables and the model's place gazetteers that start with a capitalized article (<c>La Rochelle</c>).</summary>
    private static readonly Lazy<HashSet<string>> PlacesWithArticles = new(() => WithArticles("known-LOC", ["commune", "world-city"]));

    /// <summary>The names that start with a capitalized article: the knowledge table's gazetteer (the current tables) and the model's gazetteers named.</summary>
    private static HashSet<string> WithArticles(string knowledge, string[] modelGazetteers) =>
    [
        .. Knowledge.Value.Where(g => g.Name == knowledge)
            .Concat(Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers.Where(g => modelGazetteers.Contains(g.Name)))
            .SelectMany(g => g.Entries)
            .Where(name => name.StartsWith("Le ", StringComparison.Ordinal) || name.StartsWith("La ", StringComparison.Ordinal)
                || name.StartsWith("Les ", StringComparison.Ordinal) || name.StartsWith("L'", StringComparison.Ordinal) || name.StartsWith("L\u2019", StringComparison.Ordinal))
            .Select(name => name.Replace('\u2019', '\'')),
    ];

    /// <summary>Whether <paramref name="name"/> is a place of the embedded model's gazetteers (countries, regions, communes, world cities).</summary>
    private static bool IsModelPlace(string name) => InModelGazetteers(name, ModelPlaceMask);

    /// <summary>
    /// Whether <paramref name="name"/> is a country or a region of the embedded model's gazetteers, or a place of the knowledge or
    /// alias tables; not a commune nor a GeoNames city, whose names and alternate names hold many surnames (<c>Morand</c>, an
    /// alternate name of Marand in Iran).
    /// </summary>
    private static bool IsLargePlace(string name) => InModelGazetteers(name, LargePlaceMask);

    /// <summary>
    /// Whether <paramref name="name"/> is a place a title names as such (<c>le duc d'Orléans</c>, <c>le comte de Paris</c>): a country,
    /// a region or a city of the embedded model's gazetteers; not a small commune, which noble families are named after (<c>le
    /// chevalier de Montlouis</c>, <c>le comte de Villefort</c>).
    /// </summary>
    private static bool IsTitledPlace(string name) => InModelGazetteers(name, TitledPlaceMask);

    /// <summary>Whether <paramref name="name"/> is a country or a region of the embedded model's gazetteers, or a place of the knowledge tables (regions, waters, relief): no city.</summary>
    private static bool IsRegionOrCountry(string name) => InModelGazetteers(name, RegionMask);

    /// <summary>The embedded model's gazetteers of countries and regions, and the knowledge tables' places.</summary>
    private static readonly string[] RegionGazetteers = ["country", "region", "known-LOC"];

    /// <summary>Whether every entry of <paramref name="table"/> named <paramref name="name"/> is an organization (and there is one).</summary>
    private static bool IsTableOrganization(AliasTable table, string name) =>
        table.TryGetEntry(name, out var entry) && entry.Label == EntityLabel.Organization;

    /// <summary>The embedded model's gazetteers of large places: countries, regions, the knowledge and alias tables' places.</summary>
    private static readonly string[] LargePlaceGazetteers = ["country", "region", "known-LOC", "alias-LOC"];

    /// <summary>
    /// Whether <paramref name="name"/> is a place of the tables or a large place, or an organization of the knowledge or alias
    /// tables: a name the context rules for people leave alone unless the document says more.
    /// </summary>
    private static bool IsKnownPlaceOrOrganization(AliasTable table, string name) =>
        IsPlaceName(table, name) || IsLargePlace(name) || KnownOrganizations.Value.Contains(name) || table.GetEntries(name).Any(e => e.Label == EntityLabel.Organization);

    /// <summary>
    /// Whether <paramref name="name"/> opens with a lower-case word that is no name particle: a place or an institution read
    /// with its head (<c>chaussée de Waterloo</c> after <c>commerçante</c>), not a person (<c>de Gaulle</c>).
    /// </summary>
    private static bool StartsWithCommonWord(string name, IReadOnlyList<string> nameParticles)
    {
        if (name.Length == 0 || !char.IsLower(name[0])) return false;
        int end = name.AsSpan().IndexOfAny(' ', '\'', '\u2019');
        string first = end < 0 ? name : name[..(name[end] == ' ' ? end : end + 1)].Replace('\u2019', '\'');
        return !nameParticles.Contains(first);
    }

    /// <summary>
    /// The organizations of the knowledge tables that <c>knowledge/ambiguous-names.txt</c> keeps out of the alias table for being
    /// ordinary words (<c>Carrefour</c>, <c>Renaissance</c>, <c>Action</c>), for <see cref="BareNameTagger"/>: less given names
    /// (<c>Marianne</c>), places (<c>Orange</c>), acronyms and names of fewer than five letters (<c>Elle</c>, <c>But</c>), which
    /// capitalized inside a sentence are as often a pronoun after a quote or a common noun in a title.
    /// </summary>
    private static List<string> BareOrganizationNames(AliasTable table)
    {
        var ambiguous = FrenchDataFiles.ReadEntries("knowledge/ambiguous-names.txt").ToHashSet(StringComparer.Ordinal);
        return [.. FrenchDataFiles.FileNames
            .Where(f => f.StartsWith("knowledge/org-", StringComparison.Ordinal) && f.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => FrenchDataFiles.ReadTable(f))
            .Where(entry => entry.Label == EntityLabel.Organization)
            .SelectMany(entry => entry.AllNames)
            .Where(name => ambiguous.Contains(name) && name.Length >= 5 && !TableAcronymTagger.IsAcronym(name)
                && !IsGivenName(name.Split(' ', '-')[0]) && !IsPlaceName(table, name) && !IsModelPlace(name))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="name"/> is a given name of the list (any gender).</summary>
    private static bool IsGivenName(string name) => FrenchResolutionData.GivenNames.GenderOf(name) != Entities.Resolution.PersonGender.Unknown;

    /// <summary>Whether <paramref name="name"/> is an entry of one of the embedded model's gazetteers of <paramref name="mask"/> (<see cref="MaskOf"/>).</summary>
    private static bool InModelGazetteers(string name, Lazy<int> mask) =>
        GazetteerIndex.Value.Entries.TryGetValue(name, out int bits) && (bits & mask.Value) != 0;

    /// <summary>The bits of the embedded model's gazetteers named <paramref name="names"/> in <see cref="GazetteerIndex"/>, read at first use.</summary>
    private static Lazy<int> MaskOf(params string[] names) => new(() =>
    {
        var index = GazetteerIndex.Value;
        int mask = 0;
        for (int g = 0; g < index.Names.Length; g++)
        {
            if (names.Contains(index.Names[g])) mask |= 1 << g;
        }

        return mask;
    });

    private static readonly Lazy<int> ModelPlaceMask = MaskOf("country", "region", "commune", "world-city");
    private static readonly Lazy<int> LargePlaceMask = MaskOf(LargePlaceGazetteers);
    private static readonly Lazy<int> TitledPlaceMask = MaskOf("country", "region", "world-city");
    private static readonly Lazy<int> RegionMask = MaskOf(RegionGazetteers);
    private static readonly Lazy<int> RegionOnlyMask = MaskOf("region");
    private static readonly Lazy<int> WorldCityMask = MaskOf("world-city");
    private static readonly Lazy<int> GivenNameMask = MaskOf("given-name");
    private static readonly Lazy<int> CommuneMask = MaskOf("commune");

    /// <summary>
    /// The embedded model's gazetteers as one dictionary: each entry and the bits of the gazetteers that hold it (bit g for
    /// gazetteer g, of 31 at most), one hashed look-up where the rules would search each sorted list in turn.
    /// </summary>
    private static readonly Lazy<(string[] Names, Dictionary<string, int> Entries)> GazetteerIndex = new(() =>
    {
        var gazetteers = Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers;
        if (gazetteers.Count > 31) throw new InvalidOperationException("The embedded model has more than 31 gazetteers.");
        var entries = new Dictionary<string, int>(gazetteers.Sum(g => g.Entries.Count), StringComparer.Ordinal);
        for (int g = 0; g < gazetteers.Count; g++)
        {
            foreach (string entry in gazetteers[g].Entries) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(entries, entry, out _) |= 1 << g;
        }

        return ([.. gazetteers.Select(g => g.Name)], entries);
    });

    /// <summary>The lower-case words of French, as the embedded model knows them (its ordinary words).</summary>
    private static readonly Lazy<HashSet<string>> OrdinaryWords = new(() =>
    {
        var features = Ner.FrenchModel.LoadDefault().Model.Features;
        return (features.OrdinaryWords.Count > 0 ? features.OrdinaryWords : features.LowercaseWords).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>
    /// The names known with their article whose bare name is neither a place nor an organization of the tables (<c>L'Oréal</c>,
    /// <c>La Poste</c>; not <c>Le Dauphiné</c>, also a region): they decide the label of the name the tagger read as a person or
    /// a place (the anthem <c>La Marseillaise</c>, read as a work, stays one).
    /// </summary>
    private static HashSet<string> DecisiveArticleNames(AliasTable table)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in OrganizationsWithArticles.Value.Concat(PlacesWithArticles.Value))
        {
            int space = name.IndexOfAny([' ', '\'']);
            if (space < 0) continue;
            string bare = name[(space + 1)..];
            if (!IsPlaceName(table, bare) && !IsModelPlace(bare) && !KnownOrganizations.Value.Contains(bare)) names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// The organizations a role names (<see cref="OrganizationRoleContexts"/>): the knowledge tables' organizations, with the
    /// article-less form of those known with <c>Le</c> or <c>Les</c> (<c>des Républicains</c>) and of the alias table's, less every name that
    /// is also a place (<c>maire d'Orange</c>) and every name of the alias table (the table's own tagger reads those anywhere).
    /// </summary>
    private static AliasTable ContextOrganizations(AliasTable table)
    {
        var names = new HashSet<string>(KnownOrganizations.Value, StringComparer.Ordinal);
        var tableOrganizations = table.Entries.Where(entry => entry.Label == EntityLabel.Organization).SelectMany(entry => entry.AllNames);
        foreach (string name in tableOrganizations.Concat(KnownOrganizations.Value))
        {
            if (WithoutArticle(name) is { } bare) names.Add(bare);
        }

        // One entry per matching key (Likud, Likoud).
        var entries = names
            .Where(name => table.GetEntries(name).Count == 0 && !KnownPlaces.Value.Contains(name) && !IsModelPlace(name))
            .Order(StringComparer.Ordinal)
            .GroupBy(name => table.KeyBuilder.Build(name), StringComparer.Ordinal)
            .Select(group => new AliasEntry(group.First(), EntityLabel.Organization, [.. group.Skip(1)], "knowledge"));
        return new AliasTable(entries, table.KeyBuilder);

        // Only "Le" and "Les", which du, des, au and aux take in (président des Républicains, directeur du Monde); after "de la"
        // the article stays and a bare word is a common noun (directrice de la Recherche).
        static string? WithoutArticle(string name)
        {
            foreach (string article in (ReadOnlySpan<string>)["Les ", "Le "])
            {
                if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length + 1) return name[article.Length..];
            }

            return null;
        }
    }

    /// <summary>
    /// The acronyms of the knowledge tables that the alias table leaves out (research, schools, NGOs, parties, public bodies,
    /// international organizations: <c>MIT</c>, <c>UNRWA</c>), less the ambiguous names and any name the alias table has, and the
    /// capitals form of the companies of one short word (<c>AXA</c>, <c>MAIF</c>): a table of their own for the acronym tagger,
    /// which reads acronyms only.
    /// </summary>
    private static AliasTable KnowledgeAcronyms(AliasTable table)
    {
        var ambiguous = FrenchDataFiles.ReadEntries("knowledge/ambiguous-names.txt").ToHashSet(StringComparer.Ordinal);
        var files = FrenchDataFiles.FileNames
            .Where(f => f.StartsWith("knowledge/org-", StringComparison.Ordinal) && f.EndsWith(".tsv", StringComparison.Ordinal) && !FrenchResolutionData.KnowledgeTableFiles.Contains(f))
            .Order(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<AliasEntry>();
        foreach (var entry in files.SelectMany(f => FrenchDataFiles.ReadTable(f)))
        {
            if (entry.Label != EntityLabel.Organization) continue;
            var acronyms = entry.AllNames
                .Where(name => TableAcronymTagger.IsAcronym(name) && !ambiguous.Contains(name) && table.GetEntries(name).Count == 0 && keys.Add(table.KeyBuilder.Build(name)))
                .ToList();
            if (acronyms.Count > 0) entries.Add(new AliasEntry(acronyms[0], EntityLabel.Organization, acronyms[1..], "knowledge"));
        }

        // Companies of one short word that the press also writes in capitals (Axa as AXA, Maif as MAIF): the capitals form, unless
        // the word is an ordinary one or a given name (ORANGE, BEL, FREE stay words).
        foreach (var entry in FrenchResolutionData.KnowledgeTableFiles.Where(f => f.StartsWith("knowledge/org-companies", StringComparison.Ordinal)).SelectMany(f => FrenchDataFiles.ReadTable(f)))
        {
            if (entry.Label != EntityLabel.Organization) continue;
            foreach (string name in entry.AllNames)
            {
                if (name.Length is < 3 or > 8 || !name.All(char.IsLetter) || !name.Any(char.IsLower) || ambiguous.Contains(name)
                    || OrdinaryWords.Value.Contains(name.ToLowerInvariant()) || IsGivenName(name)) continue;
                string capitals = name.ToUpperInvariant();
                if (keys.Add(table.KeyBuilder.Build(capitals))) entries.Add(new AliasEntry(capitals, EntityLabel.Organization, [], "knowledge"));
            }
        }

        return new AliasTable(entries, table.KeyBuilder);
    }

    /// <summary>
    /// Every name of the company tables (the ambiguous ones too: <c>Michelin</c>, <c>Dior</c> are surnames as well) and of the alias
    /// table's organizations, for the rule that gives a company its label back when nothing in the document says person.
    /// </summary>
    private static IEnumerable<string> CompanyNames(AliasTable table) =>
        FrenchResolutionData.KnowledgeTableFiles.Where(f => f.StartsWith("knowledge/org-companies", StringComparison.Ordinal))
            .SelectMany(f => FrenchDataFiles.ReadTable(f))
            .Concat(table.Entries)
            .Where(entry => entry.Label == EntityLabel.Organization)
            .SelectMany(entry => entry.AllNames);

    /// <summary>The words of <c>english-date-words.tsv</c> of one kind (<c>month</c>, <c>furniture</c>).</summary>
    private static IEnumerable<string> DateWords(string kind) =>
        FrenchDataFiles.ReadEntries("english-date-words.tsv").Select(line => line.Split('\t')).Where(row => row[1] == kind).Select(row => row[0]);

    /// <summary>The articles of <c>articles.txt</c> that are no name particle of <c>name-particles.txt</c> (<c>la</c>, not <c>du</c> of <c>Anatole du Verger</c>).</summary>
    private static IEnumerable<string> ArticlesThatAreNoParticles(IEnumerable<string> nameParticles)
    {
        var particles = nameParticles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return FrenchResolutionData.ReadWords("articles.txt").Select(line => line.Split('\t')[0]).Where(article => !particles.Contains(article));
    }

    /// <summary>
    /// The honorifics written as words (<c>Monseigneur</c>, <c>Madame</c>, <c>Docteur</c>): alone they name no one (<c>— Monseigneur,
    /// dit-il</c>). Not the abbreviations, which the filter's fold would confuse with acronyms (<c>Dr</c> and <c>DR</c>).
    /// </summary>
    private static IEnumerable<string> HonorificWords() => FrenchWordLists.Honorifics().Where(h => h.Length >= 4 && !h.Contains('.'));

    /// <summary>The roles of <c>organization-roles.txt</c> with each preposition (<c>pdg de</c>, <c>président des</c>), and the phrases of <c>organization-context.txt</c>.</summary>
    private static IEnumerable<string> OrganizationRoleContexts(IEnumerable<string> organizationContext) =>
        FrenchResolutionData.ReadWords("organization-roles.txt")
            .SelectMany(role => new[] { " de", " d'", " du", " des", " de l'", " de la" }.Select(preposition => role + preposition))
            .Concat(organizationContext)
            .Concat(FrenchResolutionData.ReadWords("organization-member-phrases.txt"))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Whether the second word of <paramref name="name"/> starts with a capital (<c>Région Grand Est</c>, not <c>Région flamande</c>).</summary>
    internal static bool SecondWordIsCapitalized(string name)
    {
        int space = name.IndexOf(' ');
        return space > 0 && space + 1 < name.Length && char.IsUpper(name[space + 1]);
    }

    /// <summary>The rows of <c>road-prefixes.tsv</c>: a word, its kind and, for a prefix, its digits.</summary>
    private static IEnumerable<string[]> RoadRows => FrenchResolutionData.ReadWords("road-prefixes.tsv").Select(line => line.Split('\t'));

    /// <summary>The prefixes of <c>road-prefixes.tsv</c> with their digits (<c>A</c> 1-2).</summary>
    internal static IEnumerable<RoadPrefix> RoadPrefixes() =>
        RoadRows.Where(row => row[1] == "prefix")
            .Select(row => new RoadPrefix(row[0], int.Parse(row[2].Split('-')[0], CultureInfo.InvariantCulture), int.Parse(row[2].Split('-')[1], CultureInfo.InvariantCulture)));

    /// <summary>The words of <c>road-prefixes.tsv</c> of one kind (<c>before</c>: <c>l'</c>, <c>la</c>; <c>head</c>: <c>autoroute</c>).</summary>
    internal static IEnumerable<string> RoadWords(string kind) => RoadRows.Where(row => row[1] == kind).Select(row => row[0]);

    /// <summary>The rows of <c>place-heads.tsv</c>: a head and whether a linking word may follow it.</summary>
    private static IEnumerable<string[]> PlaceHeads => FrenchResolutionData.ReadWords("place-heads.tsv").Select(line => line.Split('\t'));

    /// <summary>
    /// What, right before a one-word name, makes it an organization: the phrases of <c>organization-context.txt</c> (<c>pdg de</c>)
    /// and the nouns of <c>organization-descriptors.txt</c> (<c>la start-up</c>).
    /// </summary>
    internal static List<string> OrganizationContext() =>
        [.. FrenchResolutionData.ReadWords("organization-context.txt"), .. FrenchResolutionData.ReadWords("organization-descriptors.txt")];

    /// <summary>The heads of <c>untagged-place-heads.txt</c>: of the names the tagger left untagged only, through <c>de</c>, <c>du</c>, <c>des</c> or <c>d'</c>.</summary>
    private static IEnumerable<string> UntaggedPlaceHeads => FrenchResolutionData.ReadWords("untagged-place-heads.txt");

    /// <summary>The honorifics moved out of person spans in training corpora too (not <c>Lady</c> of <c>Lady Gaga</c>).</summary>
    private static IEnumerable<string> SpanHonorifics()
    {
        var spanTitles = FrenchWordLists.SpanTitles().ToHashSet(StringComparer.Ordinal);
        return FrenchWordLists.Honorifics().Where(h => spanTitles.Contains(h.TrimEnd('.').ToLowerInvariant()));
    }

    /// <summary>The lines of a word list under <c>Data/aliases/</c> as the words the French tokenizer cuts them into.</summary>
    private static IEnumerable<string[]> Phrases(string file) =>
        FrenchResolutionData.ReadWords(file).Select(phrase => FrenchTokenizer.Default.Tokenize(phrase).Select(token => token.GetText(phrase)).ToArray());

    private static IMentionRefiner[] CreateSteps(AliasTable table, IEnumerable<string> exclusions)
    {
        // Word lists more than one step reads, read once.
        var personVerbs = FrenchResolutionData.ReadWords("person-verbs.txt");
        var nameParticles = FrenchResolutionData.ReadWords("name-particles.txt");
        var organizationContext = OrganizationContext();
        var articles = ArticlesThatAreNoParticles(nameParticles).ToList();
        var connectors = FrenchResolutionData.ReadWords("connectors.txt");
        var numberWords = FrenchResolutionData.ReadWords("number-words.txt").ToHashSet(StringComparer.Ordinal);

        // The articles after which an apposition's noun is a verb (pilote le projet, groupe les dossiers): not du, des, d'.
        string[] verbArticles = [.. FrenchResolutionData.ReadWords("articles.txt").Select(line => line.Split('\t')[0]).Where(article => !article.StartsWith('d'))];

        // The table taggers index a few thousand names each, the knowledge acronyms and the decisive names read tables and
        // gazetteers: built on another core while the other steps are.
        var tableTagger = Task.Run(() => new TableNameTagger(table, FrenchTokenizer.Default, OrdinaryWords.Value));
        var contextTagger = Task.Run(() => new TableNameTagger(ContextOrganizations(table), FrenchTokenizer.Default, [], OrganizationRoleContexts(organizationContext)));
        var bareTagger = Task.Run(() => new BareNameTagger(BareOrganizationNames(table), EntityLabel.Organization, FrenchTokenizer.Default, FrenchResolutionData.ReadWords("bare-name-determiners.txt")));
        var acronymTagger = Task.Run(() => new TableAcronymTagger(KnowledgeAcronyms(table), []));   // capitals only: no table of places beside it to rule out Ill for ILL
        var articleExtender = Task.Run(() => new ArticleNameExtender(
            table, ["Le", "La", "Les", "L'"], OrganizationsWithArticles.Value, PlacesWithArticles.Value, DecisiveArticleNames(table)));
        var capitalsPlaces = Task.Run(() => new CapitalsPlaceTagger(
            Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers.Where(g => LargePlaceGazetteers.Contains(g.Name)).SelectMany(g => g.Entries),
            Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers.Where(g => g.Name is "commune" or "world-city").SelectMany(g => g.Entries),   // in datelines
            OrdinaryWords.Value,
            IsGivenName));
        var bareOrganizations = Task.Run(() => new BareOrganizationNameRelabeler(
            CompanyNames(table).Where(name => !IsGivenName(name)),
            FrenchDataFiles.ReadRowsFor("titles.tsv", "resolver").Select(row => row[0]).Concat(FrenchWordLists.Honorifics()).Concat(FrenchWordLists.PersonNouns())
                .Concat(FrenchResolutionData.ReadWords("person-context.txt")),
            personVerbs));
        var personInnerWords = FrenchResolutionData.ReadWords("person-name-inner-words.txt");
        var authorityHeads = FrenchResolutionData.ReadWords("authority-heads.txt");
        return
        [
            new ForeignSentenceFilter(FrenchDataFiles.ReadEntries("english-function-words.txt"), FrenchDataFiles.ReadEntries("english-auxiliaries.txt")),
            HandleFilter.Instance,
            MenuSeparatorSplitter.Instance,
            CopyrightHolderTagger.Instance,
            new EnglishTitlePersonTagger(FrenchDataFiles.ReadEntries("english-titles.txt"), name => IsKnownPlaceOrOrganization(table, name)),
            new PersonRunOnSplitter(personInnerWords),
            new CoordinatedNameSplitter(table),
            new OrganizationLeaderSplitter(table, FrenchResolutionData.ReadWords("organization-person-links.txt"), personInnerWords, FrenchResolutionData.GivenNames, KnownOrganizations.Value),
            new NounNameTagger(
                EntityLabel.Organization,
                FrenchResolutionData.ReadWords("organization-nouns.txt"),
                FrenchResolutionData.ReadWords("organization-qualifiers.txt").Concat(FrenchWordLists.Demonyms().SelectMany(row => row.Forms)),
                wholeDocument: true),
            new PortfolioBodyTagger(
                FrenchResolutionData.ReadWords("portfolio-bodies.txt"),
                Phrases("portfolios.txt"),
                FrenchWordLists.Demonyms().SelectMany(row => row.Forms)),
            new InstitutionNameTagger(Phrases("institution-place-heads.txt"), connectors),
            new NounNameTagger(EntityLabel.Miscellaneous, FrenchResolutionData.ReadWords("miscellaneous-nouns.txt"), [], wholeDocument: true),
            new NounNameTagger(EntityLabel.Miscellaneous, FrenchResolutionData.ReadWords("ship-nouns.txt"), [], wholeDocument: false),
            new AliasTableSpanExtender(table),
            new ForeignArticleTrimmer(table, FrenchResolutionData.ReadWords("foreign-articles.txt")),
            articleExtender.GetAwaiter().GetResult(),
            new OrganizationHeadExtender(
                FrenchResolutionData.ReadWords("organization-heads.txt"), FrenchResolutionData.ReadWords("organization-head-links.txt"), FrenchResolutionData.ReadWords("organization-head-stops.txt")),
            new MediaNameTagger(FrenchResolutionData.ReadWords("media-words.txt"), FrenchResolutionData.ReadWords("connectors.txt").Concat(FrenchResolutionData.ReadWords("media-name-stops.txt"))),
            new CompanySuffixExtender(FrenchResolutionData.ReadWords("company-suffixes.txt")),
            new FirmNameExtender(FrenchResolutionData.ReadWords("organization-final-words.txt")),
            new FirmHeadTagger(FrenchResolutionData.ReadWords("firm-heads.txt")),
            new OrganizationPlaceJoiner(name => InModelGazetteers(name, RegionOnlyMask) && !InModelGazetteers(name, WorldCityMask)),
            new HeadNounExtender(EntityLabel.Location, PlaceHeads.Select(row => row[0]), PlaceHeads.Where(row => row[1] == "link").Select(row => row[0])),
            new HeadNounNameTagger(PlaceHeads.Select(row => row[0]), PlaceHeads.Where(row => row[1] == "link").Select(row => row[0]), UntaggedPlaceHeads, FrenchWordLists.Honorifics()),
            new HeadNounExtender(EntityLabel.Organization, [], FrenchResolutionData.ReadWords("organization-head-nouns.txt").Concat(authorityHeads)),
            new NameWordRelabeler(EntityLabel.Organization, NameWord.First, [EntityLabel.Location, EntityLabel.Person], FrenchResolutionData.ReadWords("organization-only-heads.txt")),
            new NameWordRelabeler(EntityLabel.Organization, NameWord.First, [EntityLabel.Location, EntityLabel.Person], authorityHeads, name => !SecondWordIsCapitalized(name)),
            new NameWordRelabeler(EntityLabel.Organization, NameWord.First, [EntityLabel.Location, EntityLabel.Person], FrenchResolutionData.ReadWords("channel-heads.txt"),
                name => !SecondWordIsCapitalized(name) || name.Contains('-')),   // not le Canal Bruxelles-Charleroi
            new NameWordRelabeler(EntityLabel.Organization, NameWord.First, [EntityLabel.Location], OneWordTableOrganizations(table)),
            new NameWordRelabeler(EntityLabel.Organization, NameWord.Last, [EntityLabel.Location, EntityLabel.Person], FrenchResolutionData.ReadWords("organization-final-words.txt")),
            new NameWordRelabeler(
                EntityLabel.Location, NameWord.Last, [EntityLabel.Organization, EntityLabel.Person], FrenchResolutionData.ReadWords("place-final-words.txt"),
                name => IsGivenName(name[..Math.Max(0, name.IndexOf(' '))])),
            new NameWordRelabeler(EntityLabel.Location, NameWord.First, [EntityLabel.Organization, EntityLabel.Person], PlaceHeads.Select(row => row[0])),
            new SchoolPlaceSplitter(Phrases("named-school-heads.txt")),
            new CompanyPlaceSplitter(
                CompanyNames(table).Where(name => !OrdinaryWords.Value.Contains(name.ToLowerInvariant())),   // not Casino (le Casino de Paris)
                name => IsModelPlace(name) || IsPlaceName(table, name),
                name => table.GetEntries(name).Count > 0),
            new AcronymDefinitionTagger(FrenchResolutionData.ReadWords("organization-heads.txt"), FrenchResolutionData.ReadWords("connectors.txt")),
            new AllCapsAliasRelabeler(table),
            new CapitalsHeadingTagger(table),
            new OrganizationBranchJoiner(name => IsTableOrganization(table, name) || KnownOrganizations.Value.Contains(name), IsRegionOrCountry),
            capitalsPlaces.GetAwaiter().GetResult(),
            new TableLabelRelabeler(table),
            tableTagger.GetAwaiter().GetResult(),
            contextTagger.GetAwaiter().GetResult(),
            bareTagger.GetAwaiter().GetResult(),
            new TableNameTagger(
                new AliasTable(FrenchResolutionData.Read("context-organizations.tsv", AliasTableReader.Parse), table.KeyBuilder),
                FrenchTokenizer.Default, [], FrenchResolutionData.ReadWords("context-organization-phrases.txt")),
            AcronymRecurrenceRefiner.Instance,
            new FirmNameExtender(FrenchResolutionData.ReadWords("place-final-words.txt"), EntityLabel.Location),   // after the table's names (la LDLC Arena)
            new TableAcronymTagger(table, OrdinaryWords.Value),
            acronymTagger.GetAwaiter().GetResult(),
            new AcronymPlaceJoiner(FrenchDataFiles.ReadEntries("place-pair-nouns.txt")),
            new NumberedBodyTagger(FrenchResolutionData.ReadWords("numbered-body-acronyms.txt")),
            new UnionBranchTagger(FrenchResolutionData.ReadWords("union-confederations.txt"), OrdinaryWords.Value, IsGivenName, FrenchResolutionData.ReadWords("union-sector-adjectives.txt")),
            new ClubPrefixJoiner(FrenchResolutionData.ReadWords("club-prefixes.txt")),
            new NationalityCodeTagger(FrenchResolutionData.ReadWords("sports-country-codes.txt")),
            new RoadNumberTagger(RoadPrefixes(), RoadWords("before"), RoadWords("head")),
            new StockQuoteRelabeler(FrenchResolutionData.ReadWords("stock-market-words.txt"), FrenchResolutionData.ReadWords("stock-market-names.txt")),
            new HyphenlessPlaceJoiner(FrenchResolutionData.ReadWords("place-name-links.txt"), name => IsModelPlace(name) || IsPlaceName(table, name), IsGivenName),
            new SurfaceRelabeler(EntityLabel.Organization, [EntityLabel.Location], KnownOrganizations.Value.Where(name => !IsPlaceName(table, name) && !IsModelPlace(name))),
            new SurfaceRelabeler(EntityLabel.Location, [EntityLabel.Organization, EntityLabel.Person, EntityLabel.Miscellaneous], Ner.FrenchNerResources.MetonymicPlaceNames),
            new SurfaceRelabeler(EntityLabel.Location, [EntityLabel.Person], CompoundTablePlaces(table)),
            new DemonymNameSplitter(
                FrenchWordLists.DemonymNouns().Where(noun => !IsPlaceName(table, noun)),
                FrenchWordLists.Demonyms().SelectMany(row => row.Forms[2..]).Select(FrenchWordLists.CapitalizeParts),
                FrenchResolutionData.ReadWords("articles.txt").Select(line => line.Split('\t')[0]).Concat(["un", "une", "au", "aux"]),
                name => KnownOrganizations.Value.Contains(name) || table.GetEntries(name).Any(e => e.Label == EntityLabel.Organization),
                name => IsPlaceName(table, name) || IsModelPlace(name)),
            new NationalityAdjectiveCompanyTagger(
                FrenchWordLists.Demonyms().SelectMany(row => row.Forms.Take(2)),
                ["le", "la", "l'", "au", "du"],
                name => name.Split(' ')[0] is var first && (IsGivenName(first) || InModelGazetteers(first, GivenNameMask)) || IsKnownPerson(table, name)),
            new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Person, EntityLabel.Miscellaneous], organizationContext),
            new PrecedingWordsRelabeler(EntityLabel.Organization, [EntityLabel.Location], organizationContext, name => !IsPlaceName(table, name) && !IsModelPlace(name)),
            new PrecedingWordsRelabeler(EntityLabel.Location, [EntityLabel.Organization, EntityLabel.Person, EntityLabel.Miscellaneous], FrenchResolutionData.ReadWords("place-context.txt")),
            new PrecedingWordsRelabeler(EntityLabel.Person, [EntityLabel.Organization, EntityLabel.Location, EntityLabel.Miscellaneous], FrenchResolutionData.ReadWords("person-context.txt")),
            // A mention that opens with a lower-case word other than a particle names no one, whatever comes before it (le vaisseau
            // amiral du boulevard Haussmann); de Gaulle does.
            new HonorificPersonRelabeler(FrenchWordLists.Honorifics(), nameParticles, name => !StartsWithCommonWord(name, nameParticles)),
            new HonorificPersonRelabeler(FrenchWordLists.PersonNouns(), [], name => !StartsWithCommonWord(name, nameParticles)),
            new HonorificPersonRelabeler(
                FrenchResolutionData.ReadWords("noble-titles.txt"), nameParticles,
                name => !StartsWithCommonWord(name, nameParticles) && !IsKnownPlaceOrOrganization(table, name) && !IsTitledPlace(name)),
            new TitleNameTagger(
                FrenchResolutionData.ReadWords("noble-titles.txt"), nameParticles, name => IsKnownPlaceOrOrganization(table, name) || IsTitledPlace(name)),
            new FamilyNameTagger(name => IsKnownPlaceOrOrganization(table, name) || IsModelPlace(name) || DemonymNounSet.Value.Contains(name) || IsNumberName(name, numberWords)),
            new HonorificListRelabeler(["MM.", "Mmes", "Mlles"]),
            new PersonTitleTrimmer(SpanHonorifics(), FrenchWordLists.SpanTitles(), ["de", "d'", "du", "von"]),
            new LeadingWordTrimmer(FrenchResolutionData.ReadWords("greetings.txt")),
            new AppositionPersonRelabeler(FrenchWordLists.PersonNouns(), "ans", verbArticles),
            new AppositionOrganizationTagger(
                FrenchResolutionData.ReadWords("organization-apposition-nouns.txt"),
                verbArticles,
                OrdinaryWords.Value,
                name => IsPlaceName(table, name) || IsModelPlace(name) || IsKnownPerson(table, name) || IsGivenName(name.Split(' ')[0])),
            new PersonInitialRefiner(FrenchResolutionData.GivenNames),
            new GivenNameSurnameExtender(FrenchResolutionData.GivenNames, FrenchResolutionData.ReadWords("connectors.txt"), name => IsKnownPlaceOrOrganization(table, name)),
            new GenerationSuffixExtender(FrenchResolutionData.ReadWords("generation-suffixes.txt")),
            new JoinedArticleNameExtender(FrenchResolutionData.ReadWords("joined-name-articles.txt"), name => IsGivenName(name) || InModelGazetteers(name, GivenNameMask)),
            new GivenNameCompoundRelabeler(FrenchResolutionData.GivenNames, name => IsPlaceName(table, name) || IsModelPlace(name)),
            new CompanySentenceRelabeler(KnownOrganizations.Value, FrenchWordLists.Honorifics()),
            bareOrganizations.GetAwaiter().GetResult(),
            new AddresseeRelabeler(FrenchResolutionData.ReadWords("addressee-verbs.txt"), name => IsKnownPlaceOrOrganization(table, name)),
            new SpeakerRelabeler(
                FrenchResolutionData.ReadWords("speaker-verbs.txt"), FrenchResolutionData.ReadWords("addressee-verbs.txt"), nameParticles, FrenchWordLists.Honorifics(),
                name => IsKnownPlaceOrOrganization(table, name), OrdinaryWords.Value),
            // A given name that is also a word (Marie, Pierre, Claire) is the name before a verb only people are the subject of.
            new PersonVerbRelabeler(personVerbs, articles, name => IsKnownPlaceOrOrganization(table, name), OrdinaryWords.Value.Where(word => !IsGivenName(Capitalized(word)))),
            new GivenNameRecurrenceRelabeler(FrenchResolutionData.GivenNames, name => IsPlaceName(table, name) || IsLargePlace(name) || InModelGazetteers(name, CommuneMask)),
            new ResultsListTagger(nameParticles, name => IsPlaceName(table, name) || IsLargePlace(name), FrenchResolutionData.ReadWords("ranking-team-words.txt")),
            new ListedNameRelabeler(EntityLabel.Location, EntityLabel.Person, name => IsPlaceName(table, name) || IsModelPlace(name)),
            new ListedNameRelabeler(EntityLabel.Person, EntityLabel.Location, name => IsGivenName(name) || IsKnownPerson(table, name)),
            new AffiliationTagger(name => KnownOrganizations.Value.Contains(name) || table.GetEntries(name).Any(e => e.Label == EntityLabel.Organization)),
            new PlacePairRelabeler(FrenchDataFiles.ReadEntries("place-route-nouns.txt")),
            new OrganizationWordRelabeler(FrenchResolutionData.ReadWords("organization-final-words.txt"), IsGivenName),
            SpanConsistencyRefiner.Instance,
            new LabelConsistencyRefiner(
                name => IsPlaceName(table, name) || IsLargePlace(name), FrenchWordLists.Honorifics().Concat(FrenchResolutionData.ReadWords("noble-titles.txt")), nameParticles,
                FrenchResolutionData.ReadWords("place-context.txt"), organizationContext, FrenchResolutionData.ReadWords("place-vote-words.txt")),
            new NameRecurrenceRefiner(
                KnownOrganizations.Value.Where(name => !name.Contains(' ') && !IsGivenName(name)), articles, Ner.FrenchModel.LoadDefault().Model.Features.LowercaseWords, EntityLabel.Person),   // the words the training text writes in lower case
            new SurfaceRelabeler(EntityLabel.Miscellaneous, FrenchWordLists.DemonymNouns().Where(noun => !IsPlaceName(table, noun))),
            new MastheadTagger(
                ["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "en", "&"],
                name => WebFurnitureSet.Value.Contains(name) || OrdinaryWords.Value.Contains(name.ToLowerInvariant()) || IsPlaceName(table, name) || IsModelPlace(name)),
            QuotedTitleRelabeler.Instance,
            new DateWordFilter(DateWords("month"), DateWords("furniture")),   // last: a table may have added Feb
            new ExclusionFilter(
                FrenchWordLists.WebFurniture().Concat(HonorificWords()).Concat(FrenchResolutionData.ReadWords("generic-nouns.txt")).Concat(exclusions),
                FrenchResolutionData.ReadWords("common-acronyms.tsv").Select(line => line.Split('\t')[0])),
        ];
    }
}
