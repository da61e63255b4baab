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
}
