using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

public sealed class CanonicalNameAndKeysTests
{
    [Fact]
    public void MostFrequentSpellingOfTheLongestFormWins()
    {
        const string text = "Park Min-jun a parlé. Park Min Jun a été réélu, Park Min Jun l'a confirmé, puis Park a quitté la salle.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Park Min-jun", "PER:Park Min Jun", "PER:Park Min Jun", "PER:Park"));
        Assert.Equal("Park Min Jun", entity.CanonicalName);
        Assert.Equal(new AliasCount("Park Min Jun", 2), entity.Aliases[0]);
        Assert.Equal(3, entity.Aliases.Count);
    }

    [Fact]
    public void ShoutedFormLosesToAWellFormedOne()
    {
        const string text = "JEAN DUPRAT, puis JEAN DUPRAT encore, et enfin Jean Duprat.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:JEAN DUPRAT", "PER:JEAN DUPRAT", "PER:Jean Duprat"));
        Assert.Equal("Jean Duprat", entity.CanonicalName);
    }

    [Fact]
    public void PersonKeysSeparateFullNamesFromSurnames()
    {
        const string text = "Lucie Fontaine-Marchal a démissionné ; Fontaine-Marchal ne s'est pas exprimée.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Lucie Fontaine-Marchal", "PER:Fontaine-Marchal"));
        Assert.Equal([MatchKeys.Full + "lucie fontaine marchal", MatchKeys.Surname + "fontaine marchal", MatchKeys.Gender + "f"], entity.Keys);
    }

    [Fact]
    public void AmbiguousShortFormKeepsOnlyItsOwnKey()
    {
        const string text = "Marine Le Pen a répondu à Jean-Marie Le Pen. Le Pen a ensuite quitté la salle.";
        var entities = FrenchResolve.Run(text, "PER:Marine Le Pen", "PER:Jean-Marie Le Pen", "PER:Le Pen");
        Assert.Equal([MatchKeys.Surname + "le pen"], ResolverAssert.EntityOf(entities, 2).Keys);   // a surname with its particle: weak
        Assert.Equal([MatchKeys.Full + "marine le pen", MatchKeys.Surname + "le pen", MatchKeys.Gender + "f"], ResolverAssert.EntityOf(entities, 0).Keys);
    }

    [Fact]
    public void PlaceKeysAreFullKeysPlusTableKey()
    {
        const string text = "Pékin a répondu à Beijing Daily ; Beijing reste ferme.";
        var entities = FrenchResolve.Run(text, "LOC:Pékin", "LOC:Beijing#2");
        var entity = Assert.Single(entities);
        Assert.Equal([MatchKeys.Full + "beijing", MatchKeys.Full + "pekin", MatchKeys.Table + "pekin"], entity.Keys);
    }

    [Fact]
    public void ResolutionIsDeterministicAcrossThreads()
    {
        const string text = "L'OTAN et l'OMS ont écrit à M. Rutte. Mark Rutte a répondu à l'Organisation mondiale de la santé.";
        var mentions = MentionBuilder.Find(text, "ORG:OTAN", "ORG:OMS", "PER:Rutte", "PER:Mark Rutte", "ORG:Organisation mondiale de la santé");
        var expected = FrenchAliasResolver.Default.Resolve(text, mentions);
        var results = new IReadOnlyList<ResolvedEntity>[8];
        Parallel.For(0, results.Length, i => results[i] = FrenchAliasResolver.Default.Resolve(text, mentions));
        foreach (var result in results)
        {
            Assert.Equal(expected.Count, result.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].CanonicalName, result[i].CanonicalName);
                Assert.Equal(expected[i].Keys, result[i].Keys);
                Assert.Equal(expected[i].MentionIndices, result[i].MentionIndices);
            }
        }

        Assert.Equal(3, expected.Count);
    }

    [Fact]
    public void NeutralProfileStillFoldsAndGroups()
    {
        var resolver = new AliasResolver(AliasResolverProfile.Neutral);
        const string text = "Kim Jong-un, Kim Jong Un, Paris.";
        var entities = resolver.Resolve(text, MentionBuilder.Find(text, "PER:Kim Jong-un", "PER:Kim Jong Un", "LOC:Paris"));
        Assert.Equal(2, entities.Count);
    }
}
