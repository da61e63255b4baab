namespace Entities.Tagging;

/// <summary>
/// The language-specific inputs of the tagger's features: title words, elided articles, gazetteers. Stored inside the
/// model file so a model works without its training resources. Immutable.
/// </summary>
public sealed class FeatureConfiguration
{
    private GazetteerMatcher? matcher;
    private HashSet<ulong>? titleHashes;
    private HashSet<ulong>? elisionHashes;

    /// <summary>Titles and honorifics, lower case (<c>m</c>, <c>mme</c>, <c>président</c>); a following capitalized word is likely a person.</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];

    /// <summary>Elided words without apostrophe, lower case (<c>l</c>, <c>d</c>, <c>qu</c>); tokens <c>l'</c>, <c>d'</c> announce a name.</summary>
    public IReadOnlyList<string> ElisionWords { get; init; } = [];

    /// <summary>Gazetteers whose matches are features (at most 30).</summary>
    public IReadOnlyList<Gazetteer> Gazetteers { get; init; } = [];

    /// <summary>
    /// Words seen in lower case in ordinary text (lower case): a capitalized token whose lower-case form is listed is
    /// often a common word at the start of a sentence or in a title rather than a name.
    /// </summary>
    public IReadOnlyList<string> LowercaseWords { get; init; } = [];

    /// <summary>
    /// The ordinary (lower-case) words of the language, from much more text than the training corpora: not a feature, but the
    /// vocabulary a <see cref="TitleCaseTagger"/> reads title-case headlines with (empty in models trained without it; the
    /// tagger then uses <see cref="LowercaseWords"/>).
    /// </summary>
    public IReadOnlyList<string> OrdinaryWords { get; init; } = [];

    /// <summary>Distributional classes of lower-case words (see <c>WordClustering</c> (package Entities.Training)).</summary>
    public IReadOnlyList<WordCluster> WordClusters { get; init; } = [];

    /// <summary>Head nouns opening multi-word names (<c>ministère de la Justice</c>, <c>rue de la Paix</c>).</summary>
    public IReadOnlyList<TriggerWord> TriggerWords { get; init; } = [];

    /// <summary>
    /// Mid-sentence capitalization classes of lower-case words (see <c>CapitalizationStatistics</c> (package Entities.Training)); empty
    /// in models trained without them.
    /// </summary>
    public IReadOnlyList<WordCapitalization> CapitalizationClasses { get; init; } = [];

    /// <summary>
    /// Whether the fine word classes of the previous and next tokens are features too (the coarse ones always are, with
    /// word clusters); false in models trained without them.
    /// </summary>
    public bool FineNeighbors { get; init; }

    /// <summary>An empty configuration: lexical and shape features only.</summary>
    public static FeatureConfiguration Empty { get; } = new();

    /// <summary>The matcher of <see cref="Gazetteers"/>, when built ahead (by the model reader, on another core while it reads on).</summary>
    internal GazetteerMatcher? PrebuiltMatcher { init => matcher = value; }

    internal GazetteerMatcher Matcher => matcher ?? LazyInitializer.EnsureInitialized(ref matcher, () => new GazetteerMatcher(Gazetteers));

    internal HashSet<ulong> TitleHashes => titleHashes ?? LazyInitializer.EnsureInitialized(ref titleHashes,
        () => TitleWords.SelectMany(t => new[] { FeatureHash.OfLower(t), FeatureHash.OfLower(t + ".") }).ToHashSet());

    private HashSet<ulong>? lowercaseHashes;

    internal HashSet<ulong> LowercaseHashes => lowercaseHashes ?? LazyInitializer.EnsureInitialized(ref lowercaseHashes,
        () => LowercaseWords.Select(w => FeatureHash.OfLower(w)).ToHashSet());

    private Dictionary<ulong, (int Coarse, int Fine)>? clusterMap;

    internal Dictionary<ulong, (int Coarse, int Fine)> ClusterMap => clusterMap ?? LazyInitializer.EnsureInitialized(ref clusterMap,
        () => WordClusters.GroupBy(c => FeatureHash.OfLower(c.Word)).ToDictionary(g => g.Key, g => (g.First().Coarse, g.First().Fine)));

    private Dictionary<ulong, int>? capitalizationMap;

    /// <summary>Lower-case word hash → capitalization class.</summary>
    internal Dictionary<ulong, int> CapitalizationMap => capitalizationMap ?? LazyInitializer.EnsureInitialized(ref capitalizationMap,
        () => CapitalizationClasses.GroupBy(c => FeatureHash.OfLower(c.Word)).ToDictionary(g => g.Key, g => g.First().Class));

    private Dictionary<ulong, ulong>? triggerMap;

    /// <summary>Lower-case word hash → category hash of the trigger words.</summary>
    internal Dictionary<ulong, ulong> TriggerMap => triggerMap ?? LazyInitializer.EnsureInitialized(ref triggerMap,
        () => TriggerWords.GroupBy(t => FeatureHash.OfLower(t.Word)).ToDictionary(g => g.Key, g => FeatureHash.OfSpan(g.First().Category)));

    internal HashSet<ulong> ElisionHashes => elisionHashes ?? LazyInitializer.EnsureInitialized(ref elisionHashes,
        () => ElisionWords.Select(e => FeatureHash.OfLower(e + "'")).ToHashSet());
}
