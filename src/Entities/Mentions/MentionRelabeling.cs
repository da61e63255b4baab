namespace Entities.Mentions;

/// <summary>The loop shared by the relabeling refiners: each mention may get a new label, spans never change.</summary>
internal static class MentionRelabeling
{
    /// <summary>
    /// Returns <paramref name="mentions"/> with the label <paramref name="newLabel"/> gives each mention (null: keep it);
    /// <paramref name="mentions"/> itself when no label changes.
    /// </summary>
    /// <remarks>The rule is a struct, so that a refiner's call makes no delegate and no closure.</remarks>
    public static IReadOnlyList<EntityMention> Apply<TRule>(IReadOnlyList<EntityMention> mentions, TRule newLabel)
        where TRule : struct, IRule =>
        MentionReplacement.Apply(mentions, new Relabel<TRule>(newLabel));

    /// <summary>A relabeling rule as a replacement: the same mention with its new label.</summary>
    private readonly struct Relabel<TRule>(TRule rule) : MentionReplacement.IRule
        where TRule : struct, IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index)
        {
            var mention = mentions[index];
            return rule.NewLabel(mention) is { } label && label != mention.Label ? mention with { Label = label } : null;
        }
    }

    /// <summary>The label a relabeling refiner gives a mention.</summary>
    public interface IRule
    {
        /// <summary>The mention's new label, or <see langword="null"/> to keep it.</summary>
        EntityLabel? NewLabel(EntityMention mention);
    }
}
