using Entities.Resolution;

namespace Entities.Tests.Resolution;

public sealed class PersonNameTests
{
    [Fact]
    public void LoneSurnameJoinsTheUniqueFullName()
    {
        const string text = "Jeanne Vasseur a présenté son budget. Selon Vasseur, les comptes sont justes.";
        var entities = FrenchResolve.Run(text, "PER:Jeanne Vasseur", "PER:Vasseur");
        var entity = Assert.Single(entities);
        Assert.Equal("Jeanne Vasseur", entity.CanonicalName);
        Assert.Contains(MatchKeys.Full + "jeanne vasseur", entity.Keys);
        Assert.Contains(MatchKeys.Surname + "vasseur", entity.Keys);
    }

    [Fact]
    public void LoneGivenNameJoinsTheUniqueFullName()
    {
        const string text = "Octave Lemarchand est arrivé tôt ; Octave a ouvert la séance.";
        ResolverAssert.Together(FrenchResolve.Run(text, "PER:Octave Lemarchand", "PER:Octave"), 0, 1);
    }

    [Fact]
    public void SharedSurnameIsNotMergedThroughTheSurname()
    {
        const string text = "Marine Le Pen a répondu à Jean-Marie Le Pen. Le Pen a ensuite quitté la salle.";
        var entities = FrenchResolve.Run(text, "PER:Marine Le Pen", "PER:Jean-Marie Le Pen", "PER:Le Pen");
        Assert.Equal(3, entities.Count);
        Assert.Equal("Le Pen", ResolverAssert.EntityOf(entities, 2).CanonicalName);
    }

    [Theory]
    [InlineData("Le fils de l'ancien président Joe Biden, Hunter Biden, publie un livre. L'ancien président Biden n'a pas réagi.", new[] { "PER:Joe Biden", "PER:Hunter Biden", "PER:Biden" }, 0)]
    [InlineData("La ministre Anne Roy a reçu Paul Roy. Selon la ministre Roy, rien n'est décidé.", new[] { "PER:Anne Roy", "PER:Paul Roy", "PER:Roy" }, 0)]
    [InlineData("Le président Joe Biden a reçu Hunter Biden. M. Biden a souri.", new[] { "PER:Joe Biden", "PER:Hunter Biden", "PER:Biden" }, -1)]                        // an honorific: any man
    [InlineData("Le sénateur Paul Roy a croisé le sénateur Marc Roy. Le sénateur Roy a parlé.", new[] { "PER:Paul Roy", "PER:Marc Roy", "PER:Roy" }, -1)]              // both bear it
    [InlineData("La présidente Anne Roy a reçu le président Marc Roy. Le président Roy a parlé.", new[] { "PER:Anne Roy", "PER:Marc Roy", "PER:Roy" }, 1)]            // the gender first
    [InlineData("Le ministre Paul Roy a reçu Marc Roy. Le député Roy a parlé.", new[] { "PER:Paul Roy", "PER:Marc Roy", "PER:Roy" }, -1)]                               // another role
    public void AShortFormJoinsTheOneNamesakeBearingItsRole(string text, string[] mentions, int joins)
    {
        var entities = FrenchResolve.Run(text, mentions);
        var shortForm = ResolverAssert.EntityOf(entities, 2);
        if (joins < 0) Assert.Equal(3, entities.Count);
        else Assert.Same(ResolverAssert.EntityOf(entities, joins), shortForm);
    }

    [Fact]
    public void SharedSurnameWithOnePersonPresentIsMerged()
    {
        const string text = "Marine Le Pen a tenu meeting à Lille. Le Pen a ensuite quitté la salle.";
        ResolverAssert.Together(FrenchResolve.Run(text, "PER:Marine Le Pen", "LOC:Lille", "PER:Le Pen"), 0, 2);
    }

    [Fact]
    public void SharedGivenNameIsNotMerged()
    {
        const string text = "Claire Dumont et Claire Fabre ont signé. Claire a pris la parole.";
        var entities = FrenchResolve.Run(text, "PER:Claire Dumont", "PER:Claire Fabre", "PER:Claire");
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void GenderTitleDisambiguatesASharedSurname()
    {
        const string text = "Mme Alice Morel et M. Paul Morel sont arrivés. Mme Morel a parlé la première, puis M. Morel a répondu. Morel a conclu.";
        var entities = FrenchResolve.Run(text, "PER:Alice Morel", "PER:Paul Morel", "PER:Morel", "PER:Morel", "PER:Morel");
        ResolverAssert.Together(entities, 0, 2);
        ResolverAssert.Together(entities, 1, 3);
        ResolverAssert.Apart(entities, 4, 0);
        ResolverAssert.Apart(entities, 4, 1);
    }

    [Fact]
    public void GenderHintWithoutKnownCandidateGendersDoesNotMerge()
    {
        // Dominique and Claude are given to both sexes: the table of given names leaves them out.
        const string text = "Dominique Morel et Claude Morel sont arrivés. Mme Morel a parlé la première.";
        var entities = FrenchResolve.Run(text, "PER:Dominique Morel", "PER:Claude Morel", "PER:Morel");
        Assert.Equal(3, entities.Count);
    }

    [Theory]
    [InlineData("Alice Morel et Paul Morel sont arrivés. Mme Morel a parlé la première.", "Alice Morel", "Paul Morel", "Morel", "Alice Morel")]
    [InlineData("Alice Morel et Paul Morel sont arrivés. M. Morel a parlé le premier.", "Alice Morel", "Paul Morel", "Morel", "Paul Morel")]
    [InlineData("Volodymyr Kovalenko et Olena Kovalenko sont arrivés. Mme Kovalenko a parlé.", "Volodymyr Kovalenko", "Olena Kovalenko", "Kovalenko", "Olena Kovalenko")]
    public void GivenNamesGiveTheCandidatesTheirGender(string text, string first, string second, string shortForm, string joined)
    {
        var entities = FrenchResolve.Run(text, "PER:" + first, "PER:" + second, "PER:" + shortForm);
        Assert.Equal(2, entities.Count);
        Assert.Equal(2, entities.Single(e => e.CanonicalName == joined).MentionIndices.Count);
    }

    [Fact]
    public void PrefixOfAFullNameJoinsWhenUnique()
    {
        const string text = "Kim Jong-un a supervisé l'essai. Kim Jong a salué les ingénieurs.";
        ResolverAssert.Together(FrenchResolve.Run(text, "PER:Kim Jong-un", "PER:Kim Jong"), 0, 1);
    }

    [Fact]
    public void SimilarKoreanNamesStayApart()
    {
        const string text = "Kim Jong-un et sa sœur Kim Yo-jong étaient présents. Kim a salué la foule.";
        var entities = FrenchResolve.Run(text, "PER:Kim Jong-un", "PER:Kim Yo-jong", "PER:Kim");
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void HyphenAndSpaceVariantsMatch()
    {
        const string text = "Kim Jong-un, parfois écrit Kim Jong Un ou Kim Jong-Un, dirige le pays.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Kim Jong-un", "PER:Kim Jong Un", "PER:Kim Jong-Un"));
        Assert.Equal(3, entity.MentionIndices.Count);
    }

    [Fact]
    public void TransliterationVariantsMatchWithoutTheTable()
    {
        const string text = "Igor Vassilievski a écrit. Plus tard, Igor Vassilievsky a confirmé et Vassilievskiy a signé.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Igor Vassilievski", "PER:Igor Vassilievsky", "PER:Vassilievskiy"));
        Assert.Equal("Igor Vassilievski", entity.CanonicalName);
    }

    [Fact]
    public void GivenNameTransliterationsMatch()
    {
        const string text = "Sergueï Ivanenko est arrivé ; Sergei Ivanenko et Sergey Ivanenko désignent le même homme.";
        Assert.Single(FrenchResolve.Run(text, "PER:Sergueï Ivanenko", "PER:Sergei Ivanenko", "PER:Sergey Ivanenko"));
    }

    [Theory]
    [InlineData("Ioulia Navalnaïa a parlé ; Yulia Navalnaya a confirmé.", "PER:Ioulia Navalnaïa", "PER:Yulia Navalnaya", true)]
    [InlineData("Alexeï Navalnyï est mort ; Alexeï Navalny fut enterré.", "PER:Alexeï Navalnyï", "PER:Alexeï Navalny", true)]
    [InlineData("Maria Zakharova a parlé ; Maria Zakharov a confirmé.", "PER:Maria Zakharova", "PER:Maria Zakharov", false)]   // -ova is not -aya
    public void FeminineAndFinalTransliterationsMatch(string text, string first, string second, bool together)
    {
        var entities = FrenchResolve.Run(text, first, second);
        if (together) ResolverAssert.Together(entities, 0, 1);
        else ResolverAssert.Apart(entities, 0, 1);
    }

    [Fact]
    public void TableVariantsOfAPersonMatch()
    {
        const string text = "Zelensky a rencontré Poutine ? Non : Volodymyr Zelenskyy a refusé, et Vladimir Putin aussi. Zelenski insiste.";
        var entities = FrenchResolve.Run(text, "PER:Zelensky", "PER:Poutine", "PER:Volodymyr Zelenskyy", "PER:Vladimir Putin", "PER:Zelenski");
        Assert.Equal(2, entities.Count);
        ResolverAssert.Together(entities, 0, 2, 4);
        ResolverAssert.Together(entities, 1, 3);
        Assert.Equal("Volodymyr Zelensky", entities[0].CanonicalName);
        Assert.Equal("Vladimir Poutine", entities[1].CanonicalName);
        Assert.Contains(MatchKeys.Table + "vladimir putine", entities[1].Keys);
    }
}
