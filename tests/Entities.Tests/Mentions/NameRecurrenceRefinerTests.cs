using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NameRecurrenceRefinerTests
{
    private static readonly NameRecurrenceRefiner Refiner = new(EntityLabel.Person);

    private static readonly NameRecurrenceRefiner WithArticles = new([], ["la", "le", "l'"], EntityLabel.Person);

    private static readonly NameRecurrenceRefiner WithLowercaseWords = new([], [], ["le", "la", "de", "ma"], EntityLabel.Person);

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

    [Theory]
    [InlineData("Clémence Aubry partit tôt. Plus tard, Clémence la vit.", "Clémence_Aubry/PER", "Clémence_Aubry/PER Clémence/PER")]
    [InlineData("On attendait Paul Verger. Verger arriva enfin.", "Paul_Verger/PER", "Paul_Verger/PER Verger/PER")]
    [InlineData("Jean-Louis Foulquier chantait. Foulquier et Jean-Louis riaient.", "Jean-Louis_Foulquier/PER", "Jean-Louis_Foulquier/PER Foulquier/PER Jean-Louis/PER")]
    [InlineData("Anne de Montrevel entra. Les Montrevel dînaient.", "Anne_de_Montrevel/PER", "Anne_de_Montrevel/PER Montrevel/PER")]
    public void TagsTheWordsOfALongerPersonNameElsewhere(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Refiner)));
    }

    [Theory]
    [InlineData("Xi Jinping recevra ses homologues. « Xi will host the summit », dit l'agence.", "Xi_Jinping/PER", "Xi_Jinping/PER Xi/PER")]
    [InlineData("Li Qiang est arrivé. Selon Li, tout va bien.", "Li_Qiang/PER", "Li_Qiang/PER Li/PER")]
    [InlineData("Marine Le Pen a parlé. Le parti a suivi.", "Marine_Le_Pen/PER", "Marine_Le_Pen/PER")]          // a word written in lower case
    [InlineData("Paul Ma a parlé. Ma mère a suivi.", "Paul_Ma/PER", "Paul_Ma/PER")]                              // a word written in lower case
    public void ATwoLetterWordOfALongerNameIsTakenWhenNeverWrittenInLowerCase(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(WithLowercaseWords)));
        Assert.Equal(specs.Split(' ').Length, input.Run(Refiner).Count);   // without the lower-case words, no word of two letters
    }

    [Theory]
    [InlineData("Jean Lorient parla. Lorient gagne. Puis Lorient perd.", "Jean_Lorient/PER Lorient/LOC")]   // a one-word name of another label
    [InlineData("Marie Curie parla. Le lycée Marie Curie ferme.", "Marie_Curie/PER")]                     // next to capitals
    [InlineData("Aline Morel partit. Lyon reste.", "Aline_Morel/ORG")]                                    // a label not asked for
    public void AddsNoWordOfALongerNameElsewhere(string text, string specs)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(specs, input.Specs(input.Run(Refiner)));
    }

    [Theory]
    [InlineData("Marine Roy a parlé. La Marine a démenti.", "Marine_Roy/PER")]          // a word of a longer name after an article
    [InlineData("Marine Roy a parlé. Selon l’Marine, non.", "Marine_Roy/PER")]          // typographic apostrophe
    public void AWordOfALongerNameIsNoNameAfterAnArticle(string text, string specs)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(specs, input.Specs(input.Run(WithArticles)));
    }

    [Fact]
    public void AOneWordNameStillRecursAfterAnArticle()
    {
        var input = new RefinerInput("Villefort entra. Le Villefort de la veille.").WithSpecs("Villefort/PER");
        Assert.Equal("Villefort/PER Villefort/PER", input.Specs(input.Run(WithArticles)));
    }

    [Fact]
    public void AWordOfTheExclusionsIsNotTakenFromALongerName()
    {
        var input = new RefinerInput("L'inventeur Nikola Tesla refuse une voiture Tesla.").WithSpecs("Nikola_Tesla/PER");
        Assert.Same(input.Mentions, input.Run(new NameRecurrenceRefiner(["Tesla"], [], EntityLabel.Person)));
        Assert.Equal("Nikola_Tesla/PER Tesla/PER", input.Specs(input.Run(Refiner)));
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
