using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Extraction;

/// <summary>The result built for distinct (private) ids must equal the one the general path builds, entity for entity.</summary>
public sealed class DocumentEntitiesFastPathTests
{
    [Fact]
    public void DistinctIdsGiveTheResultOfTheGeneralPath()
    {
        var random = new Random(23);
        for (int trial = 0; trial < 500; trial++)
        {
            int mentionCount = random.Next(1, 30);
            var mentions = Enumerable.Range(0, mentionCount)
                .Select(i => new EntityMention(10 * i, 10 * i + 5, "Nom" + i, (EntityLabel)random.Next(4), 0.5, null))
                .ToArray();

            // A random partition of the mentions into entities, in a random order (a resolver need not sort them).
            int entityCount = random.Next(1, mentionCount + 1);
            var members = Enumerable.Range(0, entityCount).Select(_ => new List<int>()).ToArray();
            for (int m = 0; m < mentionCount; m++) members[m < entityCount ? m : random.Next(entityCount)].Add(m);
            random.Shuffle(members);
            var resolved = members.Select(list =>
            {
                var indices = list.OrderBy(_ => random.Next()).ToArray();
                var aliases = indices.Select(m => mentions[m].Text).Distinct().Select(a => new AliasCount(a, 1)).ToArray();
                return new ResolvedEntity(mentions[indices[0]].Label, aliases[^1].Alias, aliases, [], indices);
            }).ToArray();
            var links = DocumentEntities.PrivateLinks(resolved);

            var general = DocumentEntities.Build(mentions, resolved, links, 7);
            var fast = DocumentEntities.Build(mentions, resolved, links, 7, distinctIds: true);

            var direct = DocumentEntities.BuildPrivate(mentions, resolved, 7);

            Assert.Equal(general.Mentions, fast.Mentions);
            Assert.Equal(Render(general), Render(fast));
            Assert.Equal(general.Mentions, direct.Mentions);
            Assert.Equal(Render(general), Render(direct));
        }
    }

    [Fact]
    public void PrivateIdsCountFromOneBeyondTheCachedOnes()
    {
        var resolved = Enumerable.Range(0, 300).Select(i => new ResolvedEntity(EntityLabel.Person, "P" + i, [new AliasCount("P" + i, 1)], [], [i])).ToArray();
        var links = DocumentEntities.PrivateLinks(resolved);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => "e" + i), links.Select(link => link.NodeId));
        Assert.Equal(["P299"], links[299].Aliases);
    }

    [Fact]
    public void AnotherResolversIndicesAreCopiedSoChangingThemLaterChangesNothing()
    {
        var mentions = new[] { new EntityMention(0, 5, "Rutte", EntityLabel.Person, 0.9, null), new EntityMention(10, 15, "Rutte", EntityLabel.Person, 0.9, null) };
        var indices = new[] { 1, 0 };
        var resolved = new[] { new ResolvedEntity(EntityLabel.Person, "Rutte", [new AliasCount("Rutte", 2)], [], indices) };
        var result = DocumentEntities.BuildPrivate(mentions, resolved);
        indices[0] = 7;
        Assert.Equal([0, 1], result.Entities[0].MentionIndices);
    }

    [Fact]
    public void TheLibraryResolversIndicesAreSharedAsTheyAre()
    {
        const string text = "Mark Rutte est arrivé. Rutte a parlé à Paris.";
        var mentions = new[]
        {
            new EntityMention(0, 10, "Mark Rutte", EntityLabel.Person, 0.9, null),
            new EntityMention(23, 28, "Rutte", EntityLabel.Person, 0.9, null),
            new EntityMention(39, 44, "Paris", EntityLabel.Location, 0.9, null),
        };
        var resolved = new AliasResolver(FrenchAliasTable.Profile).Resolve(text, mentions);
        var result = DocumentEntities.BuildPrivate(mentions, resolved);
        Assert.Equal(2, result.Entities.Count);
        Assert.Equal([0, 1], result.Entities[0].MentionIndices);
        Assert.Same(resolved[0].MentionIndices, result.Entities[0].MentionIndices);
        Assert.Equal("e1", result.Mentions[1].EntityId);
        Assert.Equal("e2", result.Mentions[2].EntityId);
    }

    private static string[] Render(ExtractionResult result) =>
        [.. result.Entities.Select(e => $"{e.Id} {e.Label} {e.CanonicalName} [{string.Join("|", e.Aliases)}] [{string.Join(",", e.MentionIndices)}]")];
}
