using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives both sides of a hyphenated pair of places the place label when the tagger read one side as a place and the other as
/// something else (<c>l'étape BAYONNE-LUCHON</c>: <c>LUCHON</c> read as a person): the tokenizer cuts such a pair only when
/// the words make a pair of places (a known place and, after a pair noun such as <c>ligne</c> or <c>étape</c>, another
/// capitalized word), so the two mentions joined by a lone hyphen are two places. Immutable and thread-safe.
/// </summary>
public sealed class PlacePairRelabeler : IMentionRefiner
{
    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? result = null;
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (left, right) = (mentions[i], mentions[i + 1]);
            if (right.Start != left.End + 1 || text[left.End] != '-' || (left.Label == EntityLabel.Location) == (right.Label == EntityLabel.Location)) continue;
            result ??= [.. mentions];
            if (left.Label != EntityLabel.Location) result[i] = left with { Label = EntityLabel.Location };
            else result[i + 1] = right with { Label = EntityLabel.Location };
        }

        return result ?? mentions;
    }
}
