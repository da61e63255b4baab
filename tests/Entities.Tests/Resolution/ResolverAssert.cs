using Entities.Resolution;

namespace Entities.Tests.Resolution;

internal static class ResolverAssert
{
    /// <summary>The entity holding the mention at <paramref name="mentionIndex"/>.</summary>
    public static ResolvedEntity EntityOf(IReadOnlyList<ResolvedEntity> entities, int mentionIndex) =>
        Assert.Single(entities, entity => entity.MentionIndices.Contains(mentionIndex));

    public static void Together(IReadOnlyList<ResolvedEntity> entities, params int[] mentionIndices)
    {
        var first = EntityOf(entities, mentionIndices[0]);
        foreach (int index in mentionIndices) Assert.Same(first, EntityOf(entities, index));
    }

    public static void Apart(IReadOnlyList<ResolvedEntity> entities, int a, int b) =>
        Assert.NotSame(EntityOf(entities, a), EntityOf(entities, b));

    /// <summary>Every mention in exactly one entity, indices ascending, entities in order of first mention.</summary>
    public static void IsPartition(IReadOnlyList<ResolvedEntity> entities, int mentionCount)
    {
        var all = entities.SelectMany(entity => entity.MentionIndices).OrderBy(i => i).ToList();
        Assert.Equal(Enumerable.Range(0, mentionCount), all);
        foreach (var entity in entities) Assert.Equal(entity.MentionIndices.OrderBy(i => i), entity.MentionIndices);
        var firsts = entities.Select(entity => entity.MentionIndices[0]).ToList();
        Assert.Equal(firsts.OrderBy(i => i), firsts);
    }
}

internal static class FrenchResolve
{
    public static IReadOnlyList<ResolvedEntity> Run(string text, params string[] specs)
    {
        var mentions = MentionBuilder.Find(text, specs);
        var entities = Entities.French.Resolution.FrenchAliasResolver.Default.Resolve(text, mentions);
        ResolverAssert.IsPartition(entities, mentions.Count);
        return entities;
    }
}
