using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary>The name a place noun heads, when the tagger left it untagged.</summary>
public sealed class HeadNounNameTaggerTests
{
    private static readonly HeadNounNameTagger Tagger = new(["rue", "île", "hôtel", "pont", "stade"], ["rue", "hôtel", "pont", "stade"], ["Madame", "M."]);

    [Theory]
    [InlineData("Ils se retrouvent sur le pont de la Charité ce soir.", "pont_de_la_Charité/LOC")]
    [InlineData("Il descend à l'hôtel de la Cloche, près du marché.", "hôtel_de_la_Cloche/LOC")]
    [InlineData("Elle habite rue des Ballets depuis mai.", "rue_des_Ballets/LOC")]
    [InlineData("L'équipe joue au stade du Hameau.", "stade_du_Hameau/LOC")]
    [InlineData("Il vit rue Jean Moulin à côté.", "rue_Jean_Moulin/LOC")]                        // several words
    [InlineData("Il vit sur l'île Maurice depuis mai.", "île_Maurice/LOC")]                      // a head without a link
    public void TagsTheNameAPlaceNounHeads(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("Il vit sur l'île de Ré depuis mai.")]            // a natural feature takes no link word
    [InlineData("Il loge à l'hôtel de Madame de Staël.")]         // an honorific opens no place's name
    [InlineData("Il vit rue Saint - Claude depuis mai.")]         // the name goes on past a hyphen
    [InlineData("Il prend la gare Mont¬ parnasse.")]              // or a line-end cut
    [InlineData("Il vit rue de la paix depuis mai.")]              // not capitalized
    [InlineData("Il marche dans la rue. Paris dort.")]             // the name opens the next sentence
    public void AddsNothingElsewhere(string text)
    {
        var input = new RefinerInput(text);
        Assert.Empty(input.Run(Tagger));
    }

    [Fact]
    public void LeavesTheTaggersMentionsToTheExtender()
    {
        var input = new RefinerInput("Elle habite rue des Ballets depuis mai.").With("Ballets", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(Tagger));
    }

    private static readonly HeadNounNameTagger DeLinkedTagger = new(["rue"], ["rue"], ["place", "port"], ["Madame"]);

    /// <summary>Heads read only through a linking word that starts with <c>de</c> (the French <c>untagged-place-heads.txt</c>).</summary>
    [Theory]
    [InlineData("On se retrouve place du Ralliement à midi.", "place_du_Ralliement/LOC")]
    [InlineData("Le marché se tient sur la place des Terreaux.", "place_des_Terreaux/LOC")]
    [InlineData("Le festival s'installe sur le port de la Houle.", "port_de_la_Houle/LOC")]
    [InlineData("Ils passent par la place d'Armes.", "place_d'Armes/LOC")]
    [InlineData("Le préfet place la Loue en crise.", "")]                 // a verb before an article
    [InlineData("Il place Dupont en tête de liste.", "")]                 // a verb before a name
    [InlineData("Elle vit place Bellecour depuis mai.", "")]              // no linking word
    [InlineData("Elle habite rue Cambon depuis mai.", "rue_Cambon/LOC")]  // the other heads as before
    public void SomeHeadsNeedALinkingWordStartingWithDe(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal(expected, input.Specs(input.Run(DeLinkedTagger)));
    }

    [Fact]
    public void TheFrenchUntaggedPlaceHeadsAreLowerCaseWordsNotInPlaceHeads()
    {
        var heads = FrenchResolutionData.ReadWords("untagged-place-heads.txt").ToList();
        var placeHeads = FrenchResolutionData.ReadWords("place-heads.tsv").Select(line => line.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(heads);
        Assert.All(heads, head =>
        {
            Assert.Equal(head.ToLowerInvariant(), head);
            Assert.DoesNotContain(' ', head);
            Assert.DoesNotContain(head, placeHeads);
        });
    }
}
