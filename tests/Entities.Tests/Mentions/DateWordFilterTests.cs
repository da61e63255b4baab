using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class DateWordFilterTests
{
    private static readonly DateWordFilter Filter = new(["March", "Feb", "Jan", "June"], ["Updated", "Published"]);

    [Theory]
    [InlineData("By Jonathan Keller · Updated March 12", "Jonathan_Keller/PER Updated_March/ORG", "Jonathan_Keller/PER")]   // a date line's words before a number
    [InlineData("Updated 11 Feb 2026, 09:41", "Feb/ORG", "")]                                                               // a number before
    [InlineData("Jan Koum a fondé WhatsApp.", "Jan_Koum/PER", "Jan_Koum/PER")]                                             // another word
    [InlineData("June a chanté.", "June/PER", "June/PER")]                                                                  // no number next to it
    [InlineData("Updated Edition 12", "Updated_Edition/ORG", "Updated_Edition/ORG")]                                       // no month
    public void DropsTheDateWordsOfAPage(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Filter)));
    }

    [Fact]
    public void TheFrenchChainDropsThem()
    {
        var input = new RefinerInput("Updated 11 Feb 2026, 09:41 · 4 min read").WithSpecs("Feb/ORG");
        Assert.Equal("", input.Specs(input.Run(Entities.French.Mentions.FrenchMentionRefiner.Default)));
    }

    [Fact]
    public void RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new DateWordFilter(null!, []));
        Assert.Throws<ArgumentNullException>(() => new DateWordFilter([], null!));
    }
}
