using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class GenerationSuffixExtenderTests
{
    private static readonly GenerationSuffixExtender Extender = new(FrenchResolutionData.ReadWords("generation-suffixes.txt"));

    [Theory]
    [InlineData("Donald Trump Jr. a défendu son père.", "Donald Trump Jr", EntityLabel.Person, "Donald Trump Jr./PER")]
    [InlineData("Son frère Donald Jr. ne viendra pas.", "Donald Jr", EntityLabel.Person, "Donald Jr./PER")]
    [InlineData("Le pasteur Martin Luther King Jr. est né à Atlanta.", "Martin Luther King Jr", EntityLabel.Person, "Martin Luther King Jr./PER")]
    [InlineData("John Smith Sr. a parlé.", "John Smith Sr", EntityLabel.Person, "John Smith Sr./PER")]
    [InlineData("Donald Trump Jr a défendu son père.", "Donald Trump Jr", EntityLabel.Person, "Donald Trump Jr/PER")]       // no period to take
    [InlineData("La société Trump Jr. ferme.", "Trump Jr", EntityLabel.Organization, "Trump Jr/ORG")]                         // a person only
    [InlineData("Il a vu Donald Trump. Il est parti.", "Donald Trump", EntityLabel.Person, "Donald Trump/PER")]              // no suffix
    [InlineData("Jr. est un diminutif.", "Jr", EntityLabel.Person, "Jr/PER")]                                                  // the suffix alone
    public void ExtendsAPersonOverTheSuffixsPeriod(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Extender)));
    }

    [Fact]
    public void TheArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => new GenerationSuffixExtender(null!));
        Assert.Throws<ArgumentException>(() => new GenerationSuffixExtender(["Jr."]));
        Assert.Throws<ArgumentException>(() => new GenerationSuffixExtender([""]));
    }
}
