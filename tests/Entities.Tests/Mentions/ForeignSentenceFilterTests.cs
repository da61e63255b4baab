using Entities.French.Data;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ForeignSentenceFilterTests
{
    private static readonly ForeignSentenceFilter Filter = new(FrenchDataFiles.ReadEntries("english-function-words.txt"), FrenchDataFiles.ReadEntries("english-auxiliaries.txt"));

    [Theory]
    [InlineData("« Delegations from Kyiv and Moscow will meet on Monday », dit-il.", "Delegations_from_Kyiv_and_Moscow_will_meet_on_Monday/MISC", "")]
    [InlineData("« Xi will host the summit in Beijing », écrit l'agence.", "Xi_will_host_the_summit_in_Beijing/MISC", "")]
    [InlineData("Il a lu « Gone with the Wind » cet été.", "Gone_with_the_Wind/MISC", "Gone_with_the_Wind/MISC")]                      // four words: a title
    [InlineData("Il a lu « Harry Potter and the Deathly Hallows ».", "Harry_Potter_and_the_Deathly_Hallows/MISC", "Harry_Potter_and_the_Deathly_Hallows/MISC")] // no verb: a title
    [InlineData("Elle chante « Le Chant des partisans et de la Résistance ».", "Le_Chant_des_partisans_et_de_la_Résistance/MISC", "Le_Chant_des_partisans_et_de_la_Résistance/MISC")] // French
    [InlineData("La Banque centrale européenne a parlé.", "Banque_centrale_européenne/ORG", "Banque_centrale_européenne/ORG")]
    [InlineData("« We stand with President Zelenskyy », a dit Keir Starmer.", "We_stand_with_President_Zelenskyy/MISC", "")]             // short, a lower-case word
    [InlineData("Il a vu « The Lord of the Rings ».", "The_Lord_of_the_Rings/MISC", "The_Lord_of_the_Rings/MISC")]                      // a title capitalizes its words
    [InlineData("Il cite « la fin du monde » en riant.", "la_fin_du_monde/MISC", "la_fin_du_monde/MISC")]                              // French: no English function word
    public void AWholeEnglishSentenceIsNoMention(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Filter)));
    }

    [Fact]
    public void TheWordsAreLowerCaseAndLeaveOutFrenchWords()
    {
        var words = FrenchDataFiles.ReadEntries("english-function-words.txt").ToList();
        Assert.True(words.Count >= 25, "too few words");
        Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
        Assert.DoesNotContain("on", words);
        Assert.DoesNotContain("or", words);
        Assert.DoesNotContain("a", words);
    }
}
