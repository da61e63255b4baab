using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// The last step of a rule layer: drops the mentions whose whole text is an excluded string, ignoring case and diacritics
/// (<see cref="TextFolding.Fold"/>), or exactly one of the strings excluded as written (<c>TVA</c>, not the town <c>Dax</c> for
/// the index <c>DAX</c>). Immutable and thread-safe.
/// </summary>
public sealed class ExclusionFilter : IMentionRefiner
{
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> excluded;
    private readonly int longest;
    private readonly System.Collections.Frozen.FrozenSet<string> exact;

    /// <summary>Creates a filter of <paramref name="exclusions"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exclusions"/> or an element is <see langword="null"/>.</exception>
    public ExclusionFilter(IEnumerable<string> exclusions)
        : this(exclusions, [])
    {
    }

    /// <summary>Creates a filter of <paramref name="exclusions"/> (any case and diacritics) and of <paramref name="exactExclusions"/> (as written).</summary>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    public ExclusionFilter(IEnumerable<string> exclusions, IEnumerable<string> exactExclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        ArgumentNullException.ThrowIfNull(exactExclusions);
        exact = System.Collections.Frozen.FrozenSet.ToFrozenSet(exactExclusions.Select(e => e ?? throw new ArgumentNullException(nameof(exactExclusions))), StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (string exclusion in exclusions)
        {
            ArgumentNullException.ThrowIfNull(exclusion, nameof(exclusions));
            folded.Add(TextFolding.Fold(exclusion));
        }

        longest = folded.Count == 0 ? 0 : folded.Max(f => f.Length);
        excluded = System.Collections.Frozen.FrozenSet.ToFrozenSet(folded, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (longest == 0 && exact.Count == 0) return mentions;
        return MentionDropping.Apply(mentions, new Rule(this));
    }

    /// <summary>Whether a mention's text is excluded: as written, or folded.</summary>
    private bool Excludes(string mentionText)
    {
        if (exact.Contains(mentionText)) return true;

        // The fold of a text is at most twice as long (a ligature folds to two letters): mentions up to 128 characters are
        // folded on the stack; longer ones on the heap.
        if (mentionText.Length * 2 > 256) return excluded.Contains(TextFolding.Fold(mentionText));
        Span<char> buffer = stackalloc char[256];
        int length = TextFolding.FoldInto(mentionText, buffer);
        return length <= longest && excluded.Contains(buffer[..length]);
    }

    /// <summary>Drops the excluded mentions.</summary>
    private readonly struct Rule(ExclusionFilter filter) : MentionDropping.IRule
    {
        public bool Drops(EntityMention mention) => filter.Excludes(mention.Text);
    }
}
