namespace Entities.Mentions;

/// <summary>The loop shared by the relabeling refiners: each mention may get a new label, spans never change.</summary>
internal static class MentionRelabeling
{
    /// <summary>
    /// Returns <paramref name="mentions"/> with the label <paramref name="newLabel"/> gives each mention (null: keep it);
    /// <paramref name="mentions"/> itself when no label changes.
    /// </summary>
    public static IReadOnlyList<EntityMention> Apply(IReadOnlyList<EntityMention> mentions, Func<EntityMention, EntityLabel?> newLabel)
    {
        EntityMention[]? refined = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (newLabel(mention) is not { } label || label == mention.Label) continue;
            refined ??= [.. mentions];
            refined[i] = mention with { Label = label };
        }

        return refined ?? mentions;
    }
}
