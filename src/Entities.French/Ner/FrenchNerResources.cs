using Entities.Knowledge;
using Entities.French.Data;
using Entities.Tagging;

namespace Entities.French.Ner;

/// <summary>The French word lists used by the entity tagger and corpus normalization (embedded data files).</summary>
public static class FrenchNerResources
{
    private static readonly Lazy<IReadOnlyList<string>> Titles = new(FrenchWordLists.TaggerTitles);
    private static readonly Lazy<IReadOnlyList<string>> Elisions = new(FrenchWordLists.TaggerElisions);

    private static readonly Lazy<IReadOnlyList<TriggerWord>> Triggers = new(() => ReadList("ner/triggers.tsv")
        .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
        .Select(parts => parts.Length == 2 ? new TriggerWord(parts[0], parts[1]) : throw new InvalidOperationException($"Bad trigger line '{string.Join(' ', parts)}'."))
        .ToArray());

    /// <summary>Head nouns opening multi-word names, with the usual type of those names (<c>ner/triggers.tsv</c>).</summary>
    public static IReadOnlyList<TriggerWord> TriggerWords => Triggers.Value;

    /// <summary>
    /// The names of the hand-made French alias tables (countries, cities, organizations, agencies, people: canonical names and
    /// aliases; the knowledge tables that also join the alias table are in <see cref="KnowledgeGazetteers"/>) as one gazetteer per label, named <c>alias-PER</c>, <c>alias-LOC</c>, <c>alias-ORG</c>, <c>alias-MISC</c>
    /// (labels without entries are left out).
    /// </summary>
    public static IReadOnlyList<Gazetteer> AliasGazetteers() =>
        Resolution.FrenchAliasTable.Default.Entries
            .Where(e => Resolution.FrenchResolutionData.TableFiles.Contains(e.Source))
            .GroupBy(e => e.Label)
            .OrderBy(g => g.Key)
            .Select(g => new Gazetteer("alias-" + g.Key.ToCode(), g.SelectMany(e => e.AllNames)))
            .ToArray();

    /// <summary>
    /// The knowledge tables compiled for the project (<c>Data/knowledge/</c>) as tagger gazetteers: <c>known-ORG</c> (organizations:
    /// companies, media, parties, unions, NGOs, clubs, universities, public bodies, international organizations), <c>known-LOC</c>
    /// (regions, seas and rivers, relief, buildings named for institutions) and <c>demonym</c> (nationality adjectives and, capitalized,
    /// the nouns: <c>sud-africain</c>, <c>Sud-Africains</c>). Soft evidence the model weighs, unlike the alias tables' rules.
    /// </summary>
    public static IReadOnlyList<Gazetteer> KnowledgeGazetteers()
    {
        var entries = FrenchDataFiles.FileNames
            .Where(f => f.StartsWith("knowledge/", StringComparison.Ordinal) && f.EndsWith(".tsv", StringComparison.Ordinal) && !f.EndsWith("demonyms.tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => FrenchDataFiles.ReadTable(f))
            .ToList();
        var demonyms = FrenchWordLists.Demonyms()
            .SelectMany(row => row.Forms)
            .SelectMany(form => new[] { form, FrenchWordLists.CapitalizeParts(form) });
        return
        [
            new Gazetteer("known-ORG", entries.Where(e => e.Label == EntityLabel.Organization).SelectMany(e => e.AllNames)),
            new Gazetteer("known-LOC", entries.Where(e => e.Label == EntityLabel.Location).SelectMany(e => e.AllNames)),
            new Gazetteer("demonym", demonyms),
        ];
    }

    /// <summary>Given names (<c>ner/given-names.txt</c>) as the gazetteer <c>given-name</c>.</summary>
    public static Gazetteer GivenNamesGazetteer() => new("given-name", ReadList("ner/given-names.txt"));

    /// <summary>Titles and honorifics, lower case, without final dot (<c>m</c>, <c>mme</c>, <c>président</c>): the tagger's title feature.</summary>
    public static IReadOnlyList<string> TitleWords => Titles.Value;

    /// <summary>
    /// The titles the rule layer moves out of a person's span (<see cref="TitleWords"/> and a few more: <c>sir</c>, <c>major</c>),
    /// lower case, without final dot: the convention training and evaluation corpora are normalized to.
    /// </summary>
    public static IReadOnlyList<string> SpanTitleWords => SpanTitles.Value;

    private static readonly Lazy<IReadOnlyList<string>> SpanTitles = new(FrenchWordLists.SpanTitles);

    /// <summary>Elided words without apostrophe, lower case (<c>l</c>, <c>d</c>, <c>qu</c>).</summary>
    public static IReadOnlyList<string> ElisionWords => Elisions.Value;

    /// <summary>The feature configuration of French models, with the given gazetteers.</summary>
    /// <param name="gazetteers">Gazetteers to match.</param>
    /// <param name="wordClusters">Distributional word classes.</param>
    /// <param name="lowercaseWords">Words seen in lower case (see <see cref="FeatureConfiguration.LowercaseWords"/>).</param>
    /// <param name="triggerWords">Whether to use <see cref="TriggerWords"/> (default true).</param>
    /// <param name="capitalizationClasses">Mid-sentence capitalization classes (see <see cref="FeatureConfiguration.CapitalizationClasses"/>).</param>
    /// <param name="fineNeighbors">See <see cref="FeatureConfiguration.FineNeighbors"/> (default false).</param>
    /// <param name="ordinaryWords">See <see cref="FeatureConfiguration.OrdinaryWords"/> (default none).</param>
    public static FeatureConfiguration CreateFeatureConfiguration(IReadOnlyList<Gazetteer> gazetteers, IReadOnlyList<string>? lowercaseWords = null,
        IReadOnlyList<WordCluster>? wordClusters = null, bool triggerWords = true, IReadOnlyList<WordCapitalization>? capitalizationClasses = null, bool fineNeighbors = false,
        IReadOnlyList<string>? ordinaryWords = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteers);
        return new FeatureConfiguration
        {
            TitleWords = TitleWords, ElisionWords = ElisionWords, Gazetteers = gazetteers, LowercaseWords = lowercaseWords ?? [], WordClusters = wordClusters ?? [],
            TriggerWords = triggerWords ? TriggerWords : [], CapitalizationClasses = capitalizationClasses ?? [], FineNeighbors = fineNeighbors,
            OrdinaryWords = ordinaryWords ?? [],
        };
    }

    /// <summary>
    /// The names of countries and territories (<c>Data/aliases/countries.tsv</c>: canonical names and aliases): places whatever
    /// they stand for (<c>la France a signé</c> is a LOC mention, by the literal-type convention).
    /// </summary>
    public static IReadOnlyList<string> CountryNames =>
        [.. Resolution.FrenchAliasTable.Default.Entries.Where(e => e.Source == "countries.tsv" && e.Label == EntityLabel.Location).SelectMany(e => e.AllNames)];

    /// <summary>
    /// The buildings and places that stand for an institution (<c>Matignon</c>, <c>Élysée</c>, <c>Quai d'Orsay</c>, <c>Bercy</c>):
    /// places by the metonymy convention, like <see cref="CountryNames"/> (the place entries of <c>aliases/organizations.tsv</c>
    /// and <c>knowledge/org-metonyms.tsv</c>).
    /// </summary>
    public static IReadOnlyList<string> MetonymicPlaceNames => MetonymicPlaces.Value;

    private static readonly Lazy<IReadOnlyList<string>> MetonymicPlaces = new(() =>
        [.. FrenchDataFiles.ReadTable("aliases/organizations.tsv")
            .Concat(FrenchDataFiles.ReadTable("knowledge/org-metonyms.tsv"))
            .Where(entry => entry.Label == EntityLabel.Location)
            .SelectMany(entry => entry.AllNames)
            .SelectMany(name => new[] { name, WithUnaccentedCapital(name) })
            .Distinct(StringComparer.Ordinal)]);

    /// <summary>
    /// <paramref name="name"/> with its first letter, an accented capital, written without its accent as French print long did
    /// (<c>Élysée</c> → <c>Elysée</c>); the name itself otherwise.
    /// </summary>
    private static string WithUnaccentedCapital(string name) => name.Length > 1 && name[0] is 'É' or 'È' or 'Ê' ? "E" + name[1..] : name;

    /// <summary>
    /// Lower-case words that may sit inside a person's name (<c>de</c>, <c>von</c>, <c>ben</c>): with <see cref="TitleWords"/> and
    /// <see cref="ElisionWords"/>, what a trainer needs to bring French corpora to the project's span conventions.
    /// </summary>
    public static IReadOnlyList<string> NameParticles => Resolution.FrenchResolutionData.ReadWords("person-name-inner-words.txt");

    /// <summary>The entries of a data file (through <see cref="FrenchDataFiles"/>).</summary>
    internal static IReadOnlyList<string> ReadList(string relativePath) => [.. FrenchDataFiles.ReadEntries(relativePath)];
}
