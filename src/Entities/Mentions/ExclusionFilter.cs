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
        List<EntityMention>? kept = null;

        // The fold of a text is at most twice as long (a ligature folds to two letters): mentions up to 128 characters are
        // folded on the stack; longer ones on the heap.
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i < mentions.Count; i++)
        {
            string mentionText = mentions[i].Text;
            bool drop;
            if (exact.Contains(mentionText))
            {
                drop = true;
            }
            else if (mentionText.Length * 2 <= buffer.Length)
            {
                int length = TextFolding.FoldInto(mentionText, buffer);
                drop = length <= longest && excluded.Contains(buffer[..length]);
            }
            else
            {
                drop = excluded.Contains(TextFolding.Fold(mentionText));
            }
            if (drop && kept is null)
            {
                kept = new List<EntityMention>(mentions.Count);
                for (int k = 0; k < i; k++) kept.Add(mentions[k]);
            }

            if (!drop) kept?.Add(mentions[i]);
        }

        return kept ?? mentions;
    }
}
