using Entities.Knowledge;
using Entities.Graph;
using Entities.Mentions;
using Entities.Resolution;

namespace Entities.Extensibility.Tests.ToyLanguage;

/// <summary>A language pack built on the public API only: tokenizer, splitter, tagger, rule layer and resolver data.</summary>
public static class ToyLanguagePack
{
    public static readonly IReadOnlyDictionary<string, EntityLabel> Words = new Dictionary<string, EntityLabel>
    {
        ["Zorblax"] = EntityLabel.Person,
        ["Quorvia"] = EntityLabel.Location,
        ["Acme"] = EntityLabel.Organization,
        ["Frobnitz"] = EntityLabel.Organization,
    };

    /// <summary>The resolver data: an alias table (the long form of an acronym), a title and no articles.</summary>
    public static AliasResolverProfile Profile() =>
        new(
            new AliasTable([new AliasEntry("Frobnitz Industrial Board", EntityLabel.Organization, ["FIB", "Frobnitz"], "toy")], MatchKeyBuilder.FoldOnly),
            new NamePrefixList([new NamePrefix("Dr", PersonGender.Unknown)]),
            NamePrefixList.Empty,
            ["of"]);

    public static EntityExtractor CreateExtractor(IEntityGraphStore? store = null, IEnumerable<string>? exclusions = null) =>
        new(
            new ToyTokenizer(),
            new ToySentenceSplitter(),
            new ToyTagger(Words),
            new AliasResolver(Profile()),
            new EntityExtractorOptions { Store = store },
            new MentionRefinerChain(new ExclusionFilter(exclusions ?? [])));
}
