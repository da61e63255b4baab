using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary><see cref="SortedMentions.Merge"/> must give what a stable sort by start of the two lists one after the other gives.</summary>
public sealed class SortedMentionsTests
{
    [Theory]
    [InlineData("0 5 9", "2 7 12")]
    [InlineData("", "1 3")]
    [InlineData("1 3", "")]
    [InlineData("4 4 8", "4 8 9")] // ties: the known mentions first
    [InlineData("9 2 5", "3 1")] // unsorted input: the stable sort itself
    public void GivesTheStableSortOfBothLists(string known, string added)
    {
        var mentions = Parse(known, EntityLabel.Person);
        var extra = Parse(added, EntityLabel.Location);
        var expected = mentions.Concat(extra).OrderBy(m => m.Start).ToArray();
        var merged = SortedMentions.Merge(mentions, extra);
        Assert.Equal(expected.Length, merged.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Same(expected[i], merged[i]);
    }

    private static List<EntityMention> Parse(string starts, EntityLabel label) =>
        [.. starts.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new EntityMention(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture), int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) + 1, "x", label, 1, null))];
}
