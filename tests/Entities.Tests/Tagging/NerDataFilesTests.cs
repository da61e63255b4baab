using Entities.French.Ner;

namespace Entities.Tests.Tagging;

public sealed class NerDataFilesTests
{
    [Fact]
    public void TitleWordsAreLowerCaseUniqueAndWithoutDots()
    {
        var titles = FrenchNerResources.TitleWords;
        Assert.Contains("m", titles);
        Assert.Contains("mme", titles);
        Assert.All(titles, t => Assert.Equal(t.ToLowerInvariant(), t));
        Assert.All(titles, t => Assert.DoesNotContain(".", t, StringComparison.Ordinal));
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public void ElisionWordsAreShortLowerCaseWithoutApostrophe()
    {
        var elisions = FrenchNerResources.ElisionWords;
        Assert.Contains("l", elisions);
        Assert.Contains("qu", elisions);
        Assert.All(elisions, e => Assert.Matches("^[a-z]{1,7}$", e));
        Assert.Equal(elisions.Count, elisions.Distinct().Count());
    }

    [Fact]
    public void TriggerWordsAreLowerCaseUniqueWithAKnownType()
    {
        var triggers = FrenchNerResources.TriggerWords;
        Assert.Contains(triggers, t => t.Word == "ministère" && t.Category == "ORG");
        Assert.Contains(triggers, t => t.Word == "rue" && t.Category == "LOC");
        Assert.All(triggers, t => Assert.Equal(t.Word.ToLowerInvariant(), t.Word));
        Assert.All(triggers, t => Assert.Matches(@"^\p{Ll}[\p{Ll}-]*$", t.Word));
        Assert.All(triggers, t => Assert.Contains(t.Category, new[] { "ORG", "LOC", "MISC" }));
        Assert.Equal(triggers.Count, triggers.Select(t => t.Word).Distinct().Count());
    }

    [Fact]
    public void AliasGazetteersHaveOneGazetteerPerLabelWithCanonicalNamesAndAliases()
    {
        var gazetteers = FrenchNerResources.AliasGazetteers();
        Assert.Equal(gazetteers.Count, gazetteers.Select(g => g.Name).Distinct().Count());
        Assert.All(gazetteers, g => Assert.StartsWith("alias-", g.Name, StringComparison.Ordinal));
        Assert.Contains("OTAN", gazetteers.Single(g => g.Name == "alias-ORG").Entries);
        Assert.Contains("Paris", gazetteers.Single(g => g.Name == "alias-LOC").Entries);
    }

    [Fact]
    public void GivenNamesAreCapitalizedWordsWithoutDuplicates()
    {
        var gazetteer = FrenchNerResources.GivenNamesGazetteer();
        Assert.Equal("given-name", gazetteer.Name);
        Assert.Contains("Léon", gazetteer.Entries);
        Assert.Contains("Mohamed", gazetteer.Entries);
        Assert.True(gazetteer.Entries.Count >= 500);
        Assert.All(gazetteer.Entries, name => Assert.Matches(@"^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)*$", name));
        var lines = FrenchNerResources.ReadList("ner/given-names.txt");
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
    }
}
