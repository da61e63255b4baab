using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class MentionLookupTests
{
    // Mentions over "Paul Girard vit à Lyon chez Airbus." : [0,11) [18,22) [28,34)
    private static readonly EntityMention[] Mentions =
    [
        new(0, 11, "Paul Girard", EntityLabel.Person, 0.9, null),
        new(18, 22, "Lyon", EntityLabel.Location, 0.9, null),
        new(28, 34, "Airbus", EntityLabel.Organization, 0.9, null),
    ];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 1)]     // the first mention ends at 11: not after it
    [InlineData(21, 1)]
    [InlineData(22, 2)]
    [InlineData(34, 3)]
    public void FindsTheFirstMentionEndingAfterAPosition(int position, int expected) =>
        Assert.Equal(expected, MentionLookup.FirstEndingAfter(Mentions, position));

    [Theory]
    [InlineData(18, "Lyon")]
    [InlineData(5, null)]
    [InlineData(17, null)]
    [InlineData(40, null)]
    public void FindsTheMentionStartingAtAPosition(int start, string? expected) =>
        Assert.Equal(expected, MentionLookup.StartingAt(Mentions, start)?.Text);

    [Theory]
    [InlineData(12, 17, false)]
    [InlineData(12, 19, true)]
    [InlineData(21, 25, true)]
    [InlineData(22, 28, false)]
    [InlineData(34, 40, false)]
    public void TellsWhetherAMentionOverlapsARange(int start, int end, bool expected) =>
        Assert.Equal(expected, MentionLookup.Overlaps(Mentions, start, end));

    [Fact]
    public void AnEmptyListHasNoMention()
    {
        Assert.Equal(0, MentionLookup.FirstEndingAfter([], 5));
        Assert.Null(MentionLookup.StartingAt([], 0));
        Assert.False(MentionLookup.Overlaps([], 0, 10));
    }
}
