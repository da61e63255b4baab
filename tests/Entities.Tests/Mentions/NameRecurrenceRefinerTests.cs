using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NameRecurrenceRefinerTests
{
    private static readonly NameRecurrenceRefiner Refiner = new(EntityLabel.Person);

    [Theory]
    [InlineData("Le comte de Villefort entra. Villefort salua Mercédès.", "Villefort", new[] { "Villefort/PER", "Villefort/PER" })]
    [InlineData("On vit Rodolphe. Puis Rodolphe partit, et Emma resta.", "Rodolphe", new[] { "Rodolphe/PER", "Rodolphe/PER" })]
    [InlineData("Selon Durand, le plan tient. Durand l'a dit trois fois : Durand insiste.", "Durand", new[] { "Durand/PER", "Durand/PER", "Durand/PER" })]
    public void TagsTheOtherOccurrencesOfATaggedName(string text, string surface, string[] expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Person);
        Assert.Equal(expected, input.Render(input.Run(Refiner)));
    }

    [Theory]
    [InlineData("Villefort entra. On vit Gérard Villefort.", "Villefort", EntityLabel.Person)]        // part of a longer name
    [InlineData("Villefort entra. LE RETOUR DE Villefort.", "Villefort", EntityLabel.Person)]         // next to capitals
    [InlineData("Lyon gagne. Lyon perd.", "Lyon", EntityLabel.Location)]                              // a label not asked for
    [InlineData("Le Vu entra. Vu de loin, il partit.", "Vu", EntityLabel.Person)]                     // under three characters
    [InlineData("Le roi BONAPARTE entra. Puis BONAPARTE partit.", "BONAPARTE", EntityLabel.Person)]    // capitals: the acronym rule's
    public void AddsNothingElsewhere(string text, string surface, EntityLabel label)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Same(input.Mentions, input.Run(Refiner));
    }

    [Fact]
    public void ANameTaggedWithTwoLabelsIsLeftAlone()
    {
        var input = new RefinerInput("Jordan parle. Le Jordan coule. Jordan revient.").With("Jordan", EntityLabel.Person);
        int second = input.Text.IndexOf("Jordan coule", StringComparison.Ordinal);
        var mentions = new List<EntityMention>(input.Mentions) { new(second, second + 6, "Jordan", EntityLabel.Location, 0.9, null) };
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        Assert.Same(mentions, Refiner.Refine(input.Text, input.Tokens, input.Sentences, mentions));
    }
}
