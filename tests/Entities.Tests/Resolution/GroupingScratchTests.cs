using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>The resolver's reused work buffers: what one call leaves behind must never show in the next.</summary>
public sealed class GroupingScratchTests
{
    private static AnalyzedMention Mention(int index, string key, EntityLabel label = EntityLabel.Person) =>
        new(index, label, key, key, AnalyzedMention.CountWords(key), false, PersonGender.Unknown, null, null);

    [Fact]
    public void AGroupOfAnEarlierCallStartsAgainWithItsNewFirstMentionAlone()
    {
        var scratch = new GroupingScratch();
        var old = scratch.NewGroup(Mention(0, "mark rutte"));
        old.Add(Mention(1, "rutte"));
        old.IsPersonRoot = true;
        old.SameKeyOtherLabel = new MentionGroup(Mention(2, "rutte", EntityLabel.Location));
        scratch.EndCall();

        var fresh = Mention(0, "paris", EntityLabel.Location);
        var group = scratch.NewGroup(fresh);
        Assert.Same(old, group);
        Assert.Same(fresh, Assert.Single(group.Members));
        Assert.Equal(EntityLabel.Location, group.Label);
        Assert.False(group.IsPersonRoot);
        Assert.Null(group.SameKeyOtherLabel);
        Assert.Equal(0, group.FirstIndex);
    }

    [Fact]
    public void WithinOneCallEveryGroupAndLiveArrayIsNew()
    {
        var scratch = new GroupingScratch();
        var a = scratch.NewGroup(Mention(0, "a"));
        var b = scratch.NewGroup(Mention(1, "b"));
        Assert.NotSame(a, b);
        var first = scratch.LiveArray(2);
        var second = scratch.LiveArray(2);
        Assert.NotSame(first, second);
        Assert.True(first.Length >= 2 && second.Length >= 2);
        scratch.EndCall();
        Assert.Same(first, scratch.LiveArray(1));
    }

    [Fact]
    public void LiveGroupsStayTheSameAfterAMergeMakesNewOnes()
    {
        string[] keys = ["mark rutte", "rutte", "paris"];
        var mentions = keys.Select((key, i) => Mention(i, key)).ToList();
        var groups = new MentionGroups(mentions, new GroupingScratch());
        var before = groups.Live;
        Assert.Equal(3, before.Count);
        Assert.True(groups.Merge(before[0], before[1]));
        var after = groups.Live;
        Assert.Equal(2, after.Count);
        Assert.Equal(3, before.Count); // the earlier view still lists the emptied group
        Assert.Empty(before[1].Members);
        Assert.Same(before[0], groups.GroupOf(1));
        Assert.Equal([before[0], before[2]], after.ToArray());
    }

    [Fact]
    public void AResolverGivesTheSameEntitiesWhateverItResolvedBefore()
    {
        var resolver = Entities.French.Resolution.FrenchAliasResolver.Default;
        const string first = "Mme Élisabeth Borne a reçu M. Mark Rutte à Matignon. Borne et Rutte ont parlé de l'OTAN et de Paris.";
        const string second = "Le Paris Saint-Germain a battu l'Olympique de Marseille. Marseille et le PSG se retrouvent en mai.";
        var firstMentions = MentionBuilder.Find(first, "PER:Élisabeth Borne", "PER:Mark Rutte", "LOC:Matignon", "PER:Borne", "PER:Rutte", "ORG:OTAN", "LOC:Paris");
        var secondMentions = MentionBuilder.Find(second, "ORG:Paris Saint-Germain", "ORG:Olympique de Marseille", "LOC:Marseille", "ORG:PSG");

        var alone = Describe(resolver.Resolve(first, firstMentions));
        _ = resolver.Resolve(second, secondMentions);
        var afterAnother = Describe(resolver.Resolve(first, firstMentions));

        Assert.Equal(alone, afterAnother);
        Assert.Equal(5, alone.Count); // Borne, Rutte, Matignon, OTAN, Paris: the short forms joined their full names
    }

    private static List<string> Describe(IReadOnlyList<ResolvedEntity> entities) =>
        [.. entities.Select(e => $"{e.Label} {e.CanonicalName} [{string.Join(",", e.MentionIndices)}] {string.Join("|", e.Aliases)} {string.Join("|", e.Keys)}")];
}
