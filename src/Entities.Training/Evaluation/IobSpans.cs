namespace Entities.Evaluation;

/// <summary>Reads entity spans out of IOB2 tag sequences.</summary>
public static class IobSpans
{
    /// <summary>Returns the spans of an IOB2 sequence; an <c>I-X</c> that does not continue an <c>X</c> span starts one.</summary>
    public static IReadOnlyList<(int Start, int End, EntityLabel Label)> Extract(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(int, int, EntityLabel)>();
        int start = -1;
        EntityLabel current = default;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            EntityLabel label = default;
            bool hasLabel = tag.Length > 2 && EntityLabels.TryParse(tag.AsSpan(2), out label);
            bool continues = hasLabel && tag[0] == 'I' && start >= 0 && label == current;
            if (continues) continue;
            if (start >= 0) spans.Add((start, i, current));
            start = -1;
            if (hasLabel) { start = i; current = label; }
        }

        return spans;
    }
}
