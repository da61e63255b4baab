using Entities.Knowledge;
using Entities.French.Data;
using System.Reflection;
using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

public sealed class FrenchAliasDataTests
{
    public static TheoryData<string> TableFiles => new(FrenchResolutionData.TableFiles);

    [Theory]
    [MemberData(nameof(TableFiles))]
    public void TableFileIsWellFormed(string file)
    {
        // The reader is strict: header, 3 columns, known label, no empty alias, no alias repeated within an entry.
        var entries = FrenchResolutionData.Read(file, AliasTableReader.Parse);
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.Equal(entry.Canonical.Trim(), entry.Canonical);
            Assert.All(entry.Aliases, alias => Assert.False(string.IsNullOrWhiteSpace(alias)));
        }
    }

    [Fact]
    public void EveryDataFileIsEmbedded()
    {
        var names = typeof(FrenchAliasTable).Assembly.GetManifestResourceNames();
        foreach (string file in FrenchResolutionData.TableFiles.Concat(["articles.txt", "connectors.txt", "transliterations.tsv", "cross-label.txt"]))
        {
            Assert.Contains(FrenchDataFiles.ResourcePrefix + "aliases/" + file, names);
        }

        Assert.Contains(FrenchDataFiles.ResourcePrefix + "titles.tsv", names);
    }

    [Fact]
    public void KinRowsAreGenderedRelativesOfTheResolver()
    {
        var kin = FrenchDataFiles.ReadRowsFor("titles.tsv", "kin");
        Assert.Contains(kin, row => row[0] == "épouse");
        Assert.DoesNotContain(kin, row => row[0] is "compagne" or "neveu" or "gendre");   // often another surname
        var resolver = FrenchDataFiles.ReadRowsFor("titles.tsv", "resolver").Select(row => row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(kin, row => Assert.Contains(row[0], resolver));
        Assert.All(kin, row => Assert.Contains(row[1], new[] { "m", "f" }));
        Assert.NotNull(FrenchResolutionData.LoadProfile().Kinship);
    }

    [Fact]
    public void TablesHoldAtLeast300Entries() => Assert.True(FrenchAliasTable.Default.Entries.Count >= 300, $"{FrenchAliasTable.Default.Entries.Count} entries");

    [Fact]
    public void NoKeyNamesTwoEntriesOfOneLabel()
    {
        // The AliasTable constructor throws on such a conflict; loading the default table proves there is none.
        var table = FrenchAliasTable.Default;
        var keys = table.KeyBuilder;
        var byKey = table.Entries
            .SelectMany(entry => entry.AllNames.Select(name => (Key: keys.Build(name), Entry: entry)))
            .GroupBy(pair => pair.Key)
            .Select(group => (group.Key, Entries: group.Select(pair => pair.Entry).Distinct().ToList()))
            .ToList();
        Assert.All(byKey, item => Assert.Equal(item.Entries.Count, item.Entries.Select(entry => entry.Label).Distinct().Count()));
    }

    [Fact]
    public void CrossLabelKeysAreExactlyTheDeclaredOnes()
    {
        var table = FrenchAliasTable.Default;
        var declared = FrenchResolutionData.ReadWords("cross-label.txt").Select(table.KeyBuilder.Build).ToHashSet();
        var actual = table.Entries
            .SelectMany(entry => entry.AllNames.Select(name => (Key: table.KeyBuilder.Build(name), entry.Label)))
            .GroupBy(pair => pair.Key)
            .Where(group => group.Select(pair => pair.Label).Distinct().Count() > 1)
            .Select(group => group.Key)
            .ToHashSet();
        Assert.Equal(declared.Order(), actual.Order());
    }

    [Fact]
    public void AConflictingTableIsRejected()
    {
        const string tsv = "canonical\tlabel\taliases\nAlpha\tORG\tAX\nBeta\tORG\tAX\n";
        var entries = AliasTableReader.Parse(new StringReader(tsv), "test.tsv");
        Assert.Throws<ArgumentException>(() => new AliasTable(entries, MatchKeyBuilder.FoldOnly));
    }

    [Theory]
    [InlineData("canonical\tlabel\taliases\nAlpha\tORG\n")]
    [InlineData("canonical\tlabel\taliases\nAlpha\tXYZ\tA\n")]
    [InlineData("canonical\tlabel\taliases\nAlpha\tORG\tA||B\n")]
    [InlineData("canonical\tlabel\taliases\nÉtats\tLOC\tEtats\n")]
    [InlineData("Alpha\tORG\tA\n")]
    public void MalformedTableLinesAreRejected(string tsv) =>
        Assert.Throws<FormatException>(() => AliasTableReader.Parse(new StringReader(tsv), "test.tsv"));

    [Fact]
    public void TitlesArticlesAndTransliterationsLoad()
    {
        var titles = FrenchWordLists.ResolverTitles();
        Assert.True(titles.TryGet("mme", out var madame));
        Assert.Equal(PersonGender.Female, madame.Gender);
        Assert.True(titles.TryGet("m", out var monsieur));
        Assert.Equal(PersonGender.Male, monsieur.Gender);
        var articles = FrenchResolutionData.Read("articles.txt", NamePrefixList.Parse);
        Assert.True(articles.TryGet("l", out var elided) && elided.IsElided);
        var rules = FrenchResolutionData.Read("transliterations.tsv", TransliterationRules.Parse);
        Assert.InRange(rules.Rules.Count, 1, 20);
    }

    [Theory]
    [InlineData("OTAN", "Organisation du traité de l'Atlantique nord", EntityLabel.Organization)]
    [InlineData("nato", "Organisation du traité de l'Atlantique nord", EntityLabel.Organization)]
    [InlineData("RPDC", "Corée du Nord", EntityLabel.Location)]
    [InlineData("Etats-Unis", "États-Unis", EntityLabel.Location)]
    [InlineData("Beijing", "Pékin", EntityLabel.Location)]
    [InlineData("Kyiv", "Kiev", EntityLabel.Location)]
    [InlineData("Zelenskiy", "Volodymyr Zelensky", EntityLabel.Person)]
    [InlineData("NIS", "Service national de renseignement", EntityLabel.Organization)]
    [InlineData("Mac OS X", "macOS", EntityLabel.Miscellaneous)]                                   // a product
    [InlineData("Wegovy", "Wegovy", EntityLabel.Miscellaneous)]
    [InlineData("Saïgon", "Hô Chi Minh-Ville", EntityLabel.Location)]
    public void LookupFindsEntries(string surface, string canonical, EntityLabel label)
    {
        Assert.True(FrenchAliasTable.TryGetAliasEntry(surface, out var entry));
        Assert.Equal(canonical, entry.Canonical);
        Assert.Equal(label, entry.Label);
        Assert.True(FrenchAliasResolver.Default.Profile.AliasTable.TryGetEntry(surface, out _));
    }

    [Theory]
    [InlineData("Amérique")]
    [InlineData("Le Pen")]
    [InlineData("Vatican")] // two labels: ambiguous without one
    public void LookupMissesUnknownOrAmbiguousNames(string surface) => Assert.False(FrenchAliasTable.TryGetAliasEntry(surface, out _));

    [Fact]
    public void LabelledLookupResolvesACrossLabelName()
    {
        Assert.True(FrenchAliasTable.TryGetAliasEntry("Vatican", EntityLabel.Location, out var place));
        Assert.True(FrenchAliasTable.TryGetAliasEntry("Vatican", EntityLabel.Organization, out var see));
        Assert.NotEqual(place.Canonical, see.Canonical);
    }

    [Theory]
    [InlineData("Tran Minh Duc, né à Hô Chi Minh-Ville, dirige la société.", "Hô Chi Minh-Ville")]   // a place of several words the tagger read as a person
    public void ACompoundTablePlaceIsAPlace(string text, string place)
    {
        var mentions = new Entities.French.Extraction.FrenchEntityExtractor().ExtractEntities(text).Mentions;
        Assert.Contains(mentions, m => m.Text == place && m.Label == EntityLabel.Location);
    }
}
