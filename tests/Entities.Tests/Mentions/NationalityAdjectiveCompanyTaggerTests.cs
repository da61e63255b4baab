using Entities.French.Data;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NationalityAdjectiveCompanyTaggerTests
{
    private static readonly NationalityAdjectiveCompanyTagger Tagger = new(
        FrenchWordLists.Demonyms().SelectMany(row => row.Forms.Take(2)),
        ["le", "la", "l'", "au", "du"],
        name => name.Split(' ')[0] is "Lucas" or "Kelli");

    [Theory]
    [InlineData("Le danois Jysk vise une clientèle rurale.", "", "Jysk/ORG")]                                   // untagged
    [InlineData("L'espagnol Deoleo rachète une huilerie.", "Deoleo/PER", "Deoleo/ORG")]                          // a one-word person
    [InlineData("L’espagnol Deoleo rachète une huilerie.", "Deoleo/LOC", "Deoleo/ORG")]                          // a place, typographic apostrophe
    [InlineData("Face au français CMA CGM, il résiste.", "", "CMA_CGM/ORG")]                                     // acronyms
    [InlineData("Il rejoint l'argentin Lucas Biglia.", "Lucas_Biglia/PER", "Lucas_Biglia/PER")]                  // a given name: a person
    [InlineData("Elle bat l'américaine Kelli White.", "", "")]                                                   // a given name, untagged
    [InlineData("Il bat l'américain Ralph Lauren.", "Ralph_Lauren/PER", "Ralph_Lauren/PER")]                     // a person of several words stays
    [InlineData("Marc Overmars signe. Le néerlandais Overmars marque.", "Marc_Overmars/PER Overmars/PER", "Marc_Overmars/PER Overmars/PER")] // the document's person
    [InlineData("Le Danois Jysk vise une clientèle.", "", "")]                                                   // a capitalized noun: not this rule
    [InlineData("Le Danois Jysk Vise Une Clientèle", "", "")]                                                    // a title-case headline
    [InlineData("Il parle le danois Couramment.", "", "Couramment/ORG")]                                         // known limit: a capitalized word after a language
    public void ANameAfterANationalityAdjectiveIsACompany(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void AMiscMentionIsLeftAlone()
    {
        var input = new RefinerInput("Le japonais Yaris se vend bien.").With("Yaris", EntityLabel.Miscellaneous);
        Assert.Equal(["Yaris/MISC"], input.Render(input.Run(Tagger)));
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new NationalityAdjectiveCompanyTagger(null!, [], _ => false));
        Assert.Throws<ArgumentNullException>(() => new NationalityAdjectiveCompanyTagger([], null!, _ => false));
        Assert.Throws<ArgumentNullException>(() => new NationalityAdjectiveCompanyTagger([], [], null!));
    }
}
