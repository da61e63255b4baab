using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary>The name a title introduces, when the tagger left it untagged.</summary>
public sealed class TitleNameTaggerTests
{
    private static readonly HashSet<string> KnownNames = ["Bourgogne", "Narbonne"];
    private static readonly TitleNameTagger Tagger = new(["baronne", "comte", "lieutenant", "duc", "archevêque"], ["de", "d'", "du"], KnownNames.Contains);

    [Theory]
    [InlineData("Il a dîné chez la baronne d'Orlhac tout l'hiver.", "Orlhac/PER")]        // the title and the particle stay outside
    [InlineData("Il a dîné chez la baronne d’Orlhac tout l'hiver.", "Orlhac/PER")]        // a typographic apostrophe
    [InlineData("Le lieutenant de Vauclaire sert dans ce régiment.", "Vauclaire/PER")]
    [InlineData("Elle salua le comte Tolstoï poliment.", "Tolstoï/PER")]                  // no particle
    [InlineData("Elle salua le comte de La Ferrière ce soir.", "La_Ferrière/PER")]        // several capitalized words
    [InlineData("Elle salua le comte de Saint-Aulaire ce soir.", "Saint-Aulaire/PER")]
    public void TagsTheNameAfterATitle(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("Le duc de Bourgogne entra.")]                         // a known place: the title names it
    [InlineData("Il écrit à l'archevêque de Narbonne.")]
    [InlineData("Trop mondain, monsieur le comte. Ici, on se tait.")]  // the title ends the sentence before
    [InlineData("Ainsi le baron de Bre¬ teuil partit.")]                // cut at a printed line's end (baron is no title here either)
    [InlineData("Le comte de Bre¬ teuil partit.")]
    [InlineData("La baronne de SAINT-AULAIRE entra.")]                 // capitals only
    [InlineData("Il a vu la baronne hier.")]                           // no name after the title
    public void AddsNothingElsewhere(string text)
    {
        var input = new RefinerInput(text);
        Assert.Empty(input.Run(Tagger));
    }

    [Fact]
    public void LeavesTheTaggersMentionsToOtherRules()
    {
        var input = new RefinerInput("Elle salua le comte de Morcerf ce soir.").With("Morcerf", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(Tagger));
    }
}
