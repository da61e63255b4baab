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
        where TRule : struct, IRule
    {
        EntityMention[]? refined = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (newLabel.NewLabel(mention) is not { } label || label == mention.Label) continue;
            refined ??= [.. mentions];
            refined[i] = mention with { Label = label };
        }

        return refined ?? mentions;
    }

    /// <summary>The label a relabeling refiner gives a mention.</summary>
    public interface IRule
    {
        /// <summary>The mention's new label, or <see langword="null"/> to keep it.</summary>
        EntityLabel? NewLabel(EntityMention mention);
    }
}
