using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class JoinedArticleNameExtenderTests
{
    private static readonly JoinedArticleNameExtender Extender = new(
        FrenchResolutionData.ReadWords("joined-name-articles.txt"), name => name is "Ahmed" or "Ali" or "Yahya");

    [Theory]
    [InlineData("Le président Abdel Fattah al-Sissi a parlé.", "Abdel_Fattah/PER", "Abdel_Fattah_al-Sissi/PER")]      // the family name the tagger cut off
    [InlineData("Le cheikh Tamim ben Hamad al-Thani a parlé.", "Tamim_ben_Hamad/PER", "Tamim_ben_Hamad_al-Thani/PER")]
    [InlineData("Ali al-Sistani prie.", "Ali/PER", "Ali_al-Sistani/PER")]
    [InlineData("Il a reçu Ahmed al-Charaa hier.", "Ahmed_al-Charaa/ORG", "Ahmed_al-Charaa/PER")]                         // a given name and such a word: a person
    [InlineData("Il a reçu Ahmed al-Charaa hier.", "Ahmed/ORG", "Ahmed/ORG")]                                             // not a person: not extended
    [InlineData("Le groupe Ansar al-Charia revendique.", "Ansar/ORG", "Ansar/ORG")]                                       // an organization's name stays
    [InlineData("Le groupe Ansar al-Charia revendique.", "Ansar_al-Charia/ORG", "Ansar_al-Charia/ORG")]                   // no given name first
    [InlineData("Selon al-Sissi, la paix est possible.", "", "")]                                                         // never tagged alone
    [InlineData("Abdel Fattah al-sissi parle.", "Abdel_Fattah/PER", "Abdel_Fattah/PER")]                                  // no capital after the hyphen
    [InlineData("Abdel Fattah et al-Sissi parlent.", "Abdel_Fattah/PER", "Abdel_Fattah/PER")]                             // not right after
    public void ExtendsPersonsOverJoinedArticleNames(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Extender)));
    }

    [Fact]
    public void RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new JoinedArticleNameExtender(null!, _ => false));
        Assert.Throws<ArgumentNullException>(() => new JoinedArticleNameExtender([], null!));
    }
}
