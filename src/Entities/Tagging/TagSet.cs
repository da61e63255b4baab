namespace Entities.Tagging;

/// <summary>
/// BILOU tags over a label set: index 0 is <c>O</c>; label <c>l</c> has <c>B</c>, <c>I</c>, <c>L</c>, <c>U</c> at
/// <c>1 + 4l</c> … <c>4 + 4l</c>. BILOU rather than IOB: the last token and single-token names get their own
/// weights (surnames, acronyms), which helps a linear model, and the constraint set stays tiny.
/// </summary>
public sealed class TagSet
{
    internal const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    private readonly bool[] allowed; // (Count + 1) x Count, row 0 = sentence start
    private readonly bool[] allowedEnd;

    /// <summary>Creates the BILOU tags of <paramref name="labels"/> (distinct, at least one), in that order.</summary>
    /// <exception cref="ArgumentException">The labels are empty or repeated.</exception>
    public TagSet(IReadOnlyList<EntityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0) throw new ArgumentException("At least one label is needed.", nameof(labels));
        if (labels.Distinct().Count() != labels.Count) throw new ArgumentException("Labels must be distinct.", nameof(labels));
        Labels = labels.ToArray();
        Count = 1 + 4 * Labels.Count;
        allowed = new bool[(Count + 1) * Count];
        allowedEnd = new bool[Count];
        for (int prev = -1; prev < Count; prev++)
            for (int next = 0; next < Count; next++)
                allowed[(prev + 1) * Count + next] = ComputeAllowed(prev, next);
        for (int t = 0; t < Count; t++)
            allowedEnd[t] = t == 0 || KindOf(t) is Last or Unit;
        var offsets = new int[Count + 1];
        var previous = new List<int>();
        for (int next = 0; next < Count; next++)
        {
            offsets[next] = previous.Count;
            for (int prev = 0; prev < Count; prev++)
                if (IsAllowed(prev, next)) previous.Add(prev);
        }

        offsets[Count] = previous.Count;
        PreviousOffsets = offsets;
        Previous = previous.ToArray();
    }

    /// <summary>The tags that may precede tag <c>j</c> are <c>Previous[PreviousOffsets[j] .. PreviousOffsets[j + 1])</c> (sentence start excluded).</summary>
    public int[] Previous { get; }

    /// <summary>See <see cref="Previous"/>.</summary>
    public int[] PreviousOffsets { get; }

    /// <summary>The labels, in tag order.</summary>
    public IReadOnlyList<EntityLabel> Labels { get; }

    /// <summary>Number of tags: <c>1 + 4 × labels</c>.</summary>
    public int Count { get; }

    /// <summary>The kind of a non-O tag: 0 = B, 1 = I, 2 = L, 3 = U.</summary>
    public static int KindOf(int tag) => (tag - 1) & 3;

    /// <summary>The index in <see cref="Labels"/> of a non-O tag's label.</summary>
    public static int LabelIndexOf(int tag) => (tag - 1) >> 2;

    /// <summary>The tag of a label index and a kind (see <see cref="KindOf"/>).</summary>
    public static int TagOf(int labelIndex, int kind) => 1 + 4 * labelIndex + kind;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public bool IsAllowed(int previous, int next) => allowed[(previous + 1) * Count + next];

    /// <summary>Whether a sentence may end on <paramref name="tag"/> (O, L or U).</summary>
    public bool IsAllowedAtEnd(int tag) => allowedEnd[tag];

    /// <summary>The index of <paramref name="label"/> in <see cref="Labels"/>, or -1.</summary>
    public int IndexOfLabel(EntityLabel label)
    {
        for (int i = 0; i < Labels.Count; i++)
            if (Labels[i] == label) return i;
        return -1;
    }

    private static bool ComputeAllowed(int prev, int next)
    {
        bool prevOpen = prev > 0 && KindOf(prev) is Begin or Inside;
        if (!prevOpen) return next == 0 || KindOf(next) is Begin or Unit;
        return next > 0 && LabelIndexOf(next) == LabelIndexOf(prev) && KindOf(next) is Inside or Last;
    }

    /// <summary>Converts IOB2 tags to BILOU tag indices; labels outside the set become <c>O</c>.</summary>
    public void FromIob2(IReadOnlyList<string> tags, Span<int> output)
    {
        int n = tags.Count;
        for (int i = 0; i < n; i++)
        {
            string tag = tags[i];
            int label = tag.Length > 2 && EntityLabels.TryParse(tag.AsSpan(2), out var l) ? IndexOfLabel(l) : -1;
            if (label < 0) { output[i] = 0; continue; }
            bool begins = tag[0] == 'B' || i == 0 || tags[i - 1].Length < 3 || !tags[i - 1].AsSpan(2).SequenceEqual(tag.AsSpan(2));
            bool continues = i + 1 < n && tags[i + 1].Length > 2 && tags[i + 1][0] == 'I' && tags[i + 1].AsSpan(2).SequenceEqual(tag.AsSpan(2));
            int kind = begins ? (continues ? Begin : Unit) : (continues ? Inside : Last);
            output[i] = TagOf(label, kind);
        }
    }

    /// <summary>Converts a legal BILOU sequence to spans.</summary>
    public void ToSpans(ReadOnlySpan<int> tags, List<(int Start, int End, int LabelIndex)> spans)
    {
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = tags[i];
            if (t == 0) { start = -1; continue; }
            int kind = KindOf(t);
            if (kind is Begin or Unit) start = i;
            if (kind is Last or Unit && start >= 0)
            {
                spans.Add((start, i + 1, LabelIndexOf(t)));
                start = -1;
            }
        }
    }
}
