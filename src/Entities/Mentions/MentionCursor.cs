namespace Entities.Mentions;

/// <summary>
/// Walks a document's mentions (sorted by start, not overlapping) left to right, for the rules that add a mention where the
/// text is free: where the first mention that ends after a position starts.
/// </summary>
internal ref struct MentionCursor
{
    private readonly ReadOnlySpan<EntityMention> mentions;
    private int next;

    /// <summary>Creates a cursor at the start of <paramref name="mentions"/>.</summary>
    public MentionCursor(ReadOnlySpan<EntityMention> mentions)
    {
        this.mentions = mentions;
        next = 0;
    }

    /// <summary>
    /// The start of the first mention that ends after <paramref name="position"/>, or <see cref="int.MaxValue"/>: the text from
    /// <paramref name="position"/> up to there holds no mention. Positions must be asked in increasing order.
    /// </summary>
    public int FreeUntil(int position)
    {
        while (next < mentions.Length && mentions[next].End <= position) next++;
        return next < mentions.Length ? mentions[next].Start : int.MaxValue;
    }
}
