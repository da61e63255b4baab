using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class AcronymRecurrenceRefinerTests
{
    private static readonly AcronymRecurrenceRefiner Refiner = AcronymRecurrenceRefiner.Instance;

    [Fact]
    public void TagsTheOtherOccurrencesOfATaggedAcronym()
    {
        var input = new RefinerInput("Le Service national de renseignement (NIS) l'estime. D'après le NIS, rien ne change. Le NIS se tait.")
            .With("Service national de renseignement", EntityLabel.Organization).With("NIS", EntityLabel.Organization);
        Assert.Equal(["Service national de renseignement/ORG", "NIS/ORG", "NIS/ORG", "NIS/ORG"], input.Render(input.Run(Refiner)));
    }

    [Fact]
    public void TagsEarlierOccurrencesTooWithTheSameScore()
    {
        var input = new RefinerInput("Le NIS se tait. Selon le NIS, rien ne change.");
        int start = input.Text.LastIndexOf("NIS", StringComparison.Ordinal);
        var result = Refiner.Refine(input.Text, input.Tokens, input.Sentences, [new EntityMention(start, start + 3, "NIS", EntityLabel.Organization, 0.8, null)]);
        Assert.Equal(["NIS/ORG", "NIS/ORG"], input.Render(result));
        Assert.Equal(3, result[0].Start);
        Assert.Equal(0.8, result[0].Score);
    }

    [Theory]
    [InlineData("Le NIS parle. Le Nis est un fleuve. Les NISSAN roulent.", "NIS")]
    [InlineData("Le NIS parle. SELON LE NIS, TOUT VA BIEN.", "NIS")]
    [InlineData("Paris Hilton parle. Paris est loin.", "Paris Hilton")]
    [InlineData("Le N parle. Le N se tait.", "N")]
    [InlineData("Le RN vote contre. La RN 88 est coupée.", "RN")]   // a road: the acronym before a number
    public void AddsNothingElsewhere(string text, string surface)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Organization);
        Assert.Same(input.Mentions, input.Run(Refiner));
    }

    [Fact]
    public void AcronymTaggedWithTwoLabelsIsLeftAlone()
    {
        var input = new RefinerInput("Le NIS parle. Le NIS coule. Le NIS dort.").With("NIS", EntityLabel.Organization).With("NIS", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(Refiner));
    }
}
