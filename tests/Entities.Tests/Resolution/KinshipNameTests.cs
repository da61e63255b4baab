using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>A given name said alone takes the surname of the person the text names it with (<see cref="KinshipNames"/>).</summary>
public sealed class KinshipNameTests
{
    [Theory]
    [InlineData("Le président Trump et son épouse Melania sont arrivés à Palm Beach.", new[] { "PER:Trump", "PER:Melania", "LOC:Palm Beach" }, "Melania", "melania trump")]
    [InlineData("Mme Clinton et son mari Bill ont visité l'école.", new[] { "PER:Clinton", "PER:Bill" }, "Bill", "bill clinton")]
    [InlineData("Henri Vasseur a passé la main à son fils Hugo hier.", new[] { "PER:Henri Vasseur", "PER:Hugo" }, "Hugo", "hugo vasseur")]
    [InlineData("Henri Vasseur a présenté son fils aîné, Hugo, aux clients.", new[] { "PER:Henri Vasseur", "PER:Hugo" }, "Hugo", "hugo vasseur")]
    [InlineData("Les frères Julien et Thomas Moreau courront ensemble.", new[] { "PER:Julien", "PER:Thomas Moreau" }, "Julien", "julien moreau")]
    [InlineData("Bill et Hillary Clinton ont visité un dispensaire, avec leur fille Chelsea.", new[] { "PER:Bill", "PER:Hillary Clinton", "PER:Chelsea" }, "Bill", "bill clinton")]
    [InlineData("Bill et Hillary Clinton ont visité un dispensaire, avec leur fille Chelsea.", new[] { "PER:Bill", "PER:Hillary Clinton", "PER:Chelsea" }, "Chelsea", "chelsea clinton")]
    [InlineData("Les sœurs Louise et Jeanne Tissot sont venues.", new[] { "PER:Louise", "PER:Jeanne Tissot" }, "Louise", "luise tissot")]   // a key the transliteration folds
    [InlineData("Marine Le Pen est venue avec son père, Jean-Marie, au meeting.", new[] { "PER:Marine Le Pen", "PER:Jean-Marie" }, "Jean-Marie", "jean marie le pen")]
    public void AGivenNameAloneTakesTheSurnameOfItsRelative(string text, string[] mentions, string given, string fullKey)
    {
        var entities = FrenchResolve.Run(text, mentions);
        var entity = Assert.Single(entities, e => e.CanonicalName == given);
        Assert.Contains(MatchKeys.Full + fullKey, entity.Keys);
        Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.GivenName, StringComparison.Ordinal));
        Assert.Equal([given], entity.Aliases.Select(a => a.Alias));   // the document's own form, no invented name
    }

    [Theory]
    [InlineData("Le président Trump et son épouse Melania sont arrivés.", new[] { "PER:Trump", "PER:Melania" }, "Melania", true)]
    [InlineData("Rihanna et Adam Levine ont chanté ensemble.", new[] { "PER:Rihanna", "PER:Adam Levine" }, "Rihanna", false)]  // a coordination: no surname key
    public void OnlyARelativeNounGivesTheSurnameKey(string text, string[] mentions, string given, bool surnameKey)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, mentions), e => e.CanonicalName == given);
        string surname = mentions[0].Contains("Trump", StringComparison.Ordinal) ? "trump" : "levine";
        Assert.Equal(surnameKey, entity.Keys.Contains(MatchKeys.Surname + surname));
    }

    [Theory]
    [InlineData("Marie a salué la foule à Lyon.", new[] { "PER:Marie", "LOC:Lyon" }, "Marie")]                                           // nobody beside it
    [InlineData("Trump est arrivé. Son épouse Melania a souri.", new[] { "PER:Trump", "PER:Melania" }, "Melania")]                      // another sentence
    [InlineData("Julien et Thomas sont arrivés.", new[] { "PER:Julien", "PER:Thomas" }, "Julien")]                                    // no surname beside it
    [InlineData("Julien, Thomas Moreau et Lucie sont arrivés.", new[] { "PER:Julien", "PER:Thomas Moreau", "PER:Lucie" }, "Julien")]  // a list, not a coordination
    [InlineData("Trump a reçu le juge et son fils Paul.", new[] { "PER:Trump", "PER:Paul" }, "Paul")]                                   // the judge's son: what stands before "et son" owns it
    [InlineData("Me Marc Fabre a croisé le juge, venu avec son fils Théo.", new[] { "PER:Marc Fabre", "PER:Théo" }, "Théo")]                  // a person noun between: the judge's son
    [InlineData("Paul Martin et sa compagne Lucie sont arrivés.", new[] { "PER:Paul Martin", "PER:Lucie" }, "Lucie")]                  // a partner may bear another name
    [InlineData("Paul Martin et son neveu Hugo sont arrivés.", new[] { "PER:Paul Martin", "PER:Hugo" }, "Hugo")]                       // so may a nephew
    [InlineData("Le juge Martin a reçu Julien et son fils Paul.", new[] { "PER:Martin", "PER:Julien", "PER:Paul" }, "Paul")]           // the nearest person has no surname
    public void NoSurnameIsGuessedWithoutTheTextSayingIt(string text, string[] mentions, string given)
    {
        var entities = FrenchResolve.Run(text, mentions);
        var entity = Assert.Single(entities, e => e.CanonicalName == given);
        Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.Full, StringComparison.Ordinal));
    }

    [Fact]
    public void ALoneSurnameBesideTwoBrothersJoinsNeither()
    {
        const string text = "Les frères Étienne et Louis Perrin ont voté différemment. Le député Perrin a protesté.";
        var entities = FrenchResolve.Run(text, "PER:Étienne", "PER:Louis Perrin", "PER:Perrin");
        Assert.Equal(3, entities.Count);
        Assert.Contains(MatchKeys.Full + "etienne perrin", ResolverAssert.EntityOf(entities, 0).Keys);
    }

    [Fact]
    public void ConflictingSurnamesGiveNone()
    {
        const string text = "Lucie et Paul Martin sont venus. Plus tard, Lucie et Marc Durand ont dîné.";
        var entities = FrenchResolve.Run(text, "PER:Lucie", "PER:Paul Martin", "PER:Lucie", "PER:Marc Durand");
        var lucie = Assert.Single(entities, e => e.CanonicalName == "Lucie");
        Assert.DoesNotContain(lucie.Keys, key => key.StartsWith(MatchKeys.Full, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Le président Trump et son épouse Melania sont arrivés. Mme Trump a souri.", new[] { "PER:Trump", "PER:Melania", "PER:Trump" }, true)]
    [InlineData("Le président Trump et son épouse Melania sont arrivés. Trump a souri.", new[] { "PER:Trump", "PER:Melania", "PER:Trump" }, false)]  // no gender: the president's
    [InlineData("Le président Trump et son épouse Melania sont arrivés. M. Trump a souri.", new[] { "PER:Trump", "PER:Melania", "PER:Trump" }, false)] // the other gender
    [InlineData("Trump et son épouse Melania sont venus, avec Ivanka Trump. Mme Trump a souri.", new[] { "PER:Trump", "PER:Melania", "PER:Ivanka Trump", "PER:Trump" }, false)] // a full name shares it
    [InlineData("Trump et son épouse Melania sont arrivés. Trump a souri.", new[] { "PER:Trump", "PER:Melania", "PER:Trump" }, false)]                   // the surname's own source
    public void AGenderedSurnameJoinsTheOneRelativeOfItsGender(string text, string[] mentions, bool together)
    {
        var entities = FrenchResolve.Run(text, mentions);
        int last = mentions.Length - 1;
        Assert.Equal(together, ReferenceEquals(ResolverAssert.EntityOf(entities, 1), ResolverAssert.EntityOf(entities, last)));
        if (together) Assert.Contains(MatchKeys.Full + "melania trump", ResolverAssert.EntityOf(entities, 1).Keys);
    }

    [Fact]
    public void TheWordsAreParsedFromTheirTable()
    {
        var rule = KinshipNames.Parse(new StringReader("word\tkind\nson\tpossessive\naîné\tadjective\net\tcoordinator\n"), "test", ["fils"]);
        Assert.NotNull(rule);
        var error = Assert.Throws<FormatException>(() => KinshipNames.Parse(new StringReader("son\tpronoun\n"), "kin.tsv", ["fils"]));
        Assert.StartsWith("kin.tsv:1:", error.Message, StringComparison.Ordinal);
    }
}
