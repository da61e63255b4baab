using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// The last step of a rule layer: drops the mentions whose whole text is an excluded string, ignoring case and diacritics
/// (<see cref="TextFolding.Fold"/>). Immutable and thread-safe.
/// </summary>
public sealed class ExclusionFilter : IMentionRefiner
{
    private readonly HashSet<string> excluded;

    /// <summary>Creates a filter of <paramref name="exclusions"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exclusions"/> or an element is <see langword="null"/>.</exception>
    public ExclusionFilter(IEnumerable<string> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (string exclusion in exclusions)
        {
            ArgumentNullException.ThrowIfNull(exclusion, nameof(exclusions));
            excluded.Add(TextFolding.Fold(exclusion));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? kept = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            bool drop = excluded.Contains(TextFolding.Fold(mentions[i].Text));
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
