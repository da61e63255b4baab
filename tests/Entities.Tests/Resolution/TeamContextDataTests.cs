using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

public sealed class TeamContextDataTests
{
    [Theory]
    [InlineData("sports-results.txt", 20)]
    [InlineData("sports-opponents.txt", 30)]
    [InlineData("sports-cues.txt", 15)]
    public void ThePhrasesAreLowerCaseDistinctAndNeverABarePreposition(string file, int atLeast)
    {
        var phrases = FrenchResolutionData.ReadWords(file);
        Assert.True(phrases.Count >= atLeast, "too few phrases");
        Assert.All(phrases, phrase => Assert.Equal(phrase.ToLowerInvariant(), phrase));
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("à", phrases);
        Assert.DoesNotContain("contre", phrases);
    }

    [Fact]
    public void TheArgumentsAreChecked()
    {
        Assert.Throws<ArgumentException>(() => new TeamContext([""], [], []));
        Assert.Throws<ArgumentException>(() => new TeamContext([], [], [""]));
        Assert.Throws<ArgumentNullException>(() => new TeamContext([], [], null!));
    }
}
