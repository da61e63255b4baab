using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a name followed by capitalized words that end with a firm's word as that firm: <c>Provence Habitat Services</c>
/// tagged <c>Provence</c> (a place), <c>Kessler Automotive</c> tagged <c>Kessler</c> (a person) become one organization.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: after the mention come, one space apart on one line, up to <see cref="MaxWords"/> capitalized words, the
/// last of them a firm's word as written (<c>Services</c>, <c>Automotive</c>, <c>SA</c>); mentions inside the result are
/// replaced, a mention across its edge leaves it alone; MISC mentions are not extended. The organization keeps the best score
/// of the mentions it replaces.
/// </remarks>
public sealed class FirmNameExtender : IMentionRefiner
{
    /// <summary>The most words read after the name.</summary>
    public const int MaxWords = 2;

    private readonly HashSet<string> firmWords;
    private readonly EntityLabel label;

    /// <summary>Creates the extender over <paramref name="firmWords"/> (as written: <c>Services</c>, <c>SA</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="firmWords"/> is <see langword="null"/>.</exception>
    public FirmNameExtender(IEnumerable<string> firmWords)
        : this(firmWords, EntityLabel.Organization)
    {
    }

    /// <summary>
    /// Creates the extender over <paramref name="finalWords"/> (as written), giving <paramref name="label"/> to the names they end:
    /// a venue's word for a place (<c>Arena</c>: <c>la LDLC Arena</c> tagged <c>LDLC</c>, its sponsor).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="finalWords"/> is <see langword="null"/>.</exception>
    public FirmNameExtender(IEnumerable<string> finalWords, EntityLabel label)
    {
        ArgumentNullException.ThrowIfNull(finalWords);
        firmWords = new HashSet<string>(finalWords, StringComparer.Ordinal);
        this.label = label;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var span = TokenLookup.AsSpan(tokens);
        var lookup = firmWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label == EntityLabel.Miscellaneous || mention.End + 2 > text.Length || text[mention.End] != ' ' || !char.IsUpper(text[mention.End + 1])) continue;
            int t = TokenLookup.FirstTokenAtOrAfter(span, mention.End);
            int end = -1, previousEnd = mention.End;
            for (int n = 0; n < MaxWords && t < span.Length; n++, t++)
            {
                var word = span[t];
                if (word.Start != previousEnd + 1 || text[previousEnd] != ' ' || word.Kind != TokenKind.Word || !char.IsUpper(text[word.Start])) break;
                if (lookup.Contains(word.GetSpan(text))) end = word.End;
                previousEnd = word.End;
            }

            if (end < 0) continue;
            var current = result ?? [.. mentions];
            result = MentionInsertion.Over(current, text, mention.Start, end, label, mention.Score);
        }

        return result ?? mentions;
    }
}
