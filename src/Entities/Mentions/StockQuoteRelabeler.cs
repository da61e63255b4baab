using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the stocks of a market report as the companies they are: in <c>le Nord gagne 5 fr. à 1.860 ; le Lyon est immobile à
/// 1.502 ; l'Orléans fait 1.560</c> the press names the railway companies by their network, and <c>le Suez</c> is the canal
/// company; the tagger reads places. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the sentence holds a quoted price (a number with a thousands separator, <c>1.860</c>, <c>11 250</c>, or a
/// number followed by <c>fr.</c>) and a market word of the list (<c>cote</c>, <c>gagne</c>, <c>s'inscrit</c>, <c>clôture</c>);
/// there, a place mention right after a masculine or elided article (<c>le</c>, <c>l'</c>) becomes an organization, and so does
/// an untagged network name of the list (<c>Nord</c>, <c>Est</c>, <c>Midi</c>) after such an article. A new mention gets
/// <see cref="Score"/>.
/// </remarks>
public sealed class StockQuoteRelabeler : IMentionRefiner
{
    /// <summary>The score of a company this layer adds.</summary>
    public const double Score = 0.6;

    /// <summary>The articles before a stock's name: masculine or elided (<c>le Nord</c>, <c>l'Orléans</c>).</summary>
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["le", "l'"], StringComparer.Ordinal);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> networks;

    /// <summary>Creates the relabeler.</summary>
    /// <param name="cues">Market words, lower case (<c>cote</c>, <c>gagne</c>, <c>clôture</c>).</param>
    /// <param name="networks">Names the market gives companies, as written (<c>Nord</c>, <c>Midi</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public StockQuoteRelabeler(IEnumerable<string> cues, IEnumerable<string> networks)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(networks);
        this.cues = cues.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.networks = networks.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var span = TokenLookup.AsSpan(tokens);
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            if (!IsQuoteSentence(text, span, sentence)) continue;
            for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                if (span[t - 1].Length > 2 || !WordBefore.IsOneOf(text, span[t].Start, Articles)) continue;
                var current = result ?? mentions;
                var mention = MentionLookup.StartingAt(current, span[t].Start);
                if (mention is not null)
                {
                    if (mention.Label != EntityLabel.Location) continue;
                    result ??= [.. mentions];
                    result[result.IndexOf(mention)] = mention with { Label = EntityLabel.Organization };
                }
                else if (networks.Contains(span[t].GetSpan(text)) && !MentionLookup.Overlaps(current, span[t].Start, span[t].End))
                {
                    result = MentionInsertion.Over(result ?? [.. mentions], text, span[t].Start, span[t].End, EntityLabel.Organization, Score);
                }
            }
        }

        return result ?? mentions;
    }

    /// <summary>Whether the sentence quotes a price and says a market word.</summary>
    private bool IsQuoteSentence(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        // The price first: a digit test per token, where the market words need a look-up.
        bool price = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken && !price; t++)
        {
            var word = tokens[t].GetSpan(text);
            price = word.Length > 0 && char.IsDigit(word[0])
                && (IsGroupedNumber(word) || (t + 1 < sentence.EndToken && tokens[t + 1].GetSpan(text) is "fr." or "fr" or "francs"));
        }

        if (!price) return false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = tokens[t].GetSpan(text);
            if (word.Length > 2 && char.IsLetter(word[0]) && cues.Contains(word)) return true;
        }

        return false;
    }

    /// <summary>A number whose thousands are set apart by a period or a space of any kind (<c>1.860</c>, <c>11 250</c>).</summary>
    private static bool IsGroupedNumber(ReadOnlySpan<char> word)
    {
        int separator = word.IndexOfAny(".\u00A0\u202F ");
        if (separator < 1 || separator > 3 || word.Length < separator + 4) return false;
        for (int i = 0; i < separator; i++) if (!char.IsDigit(word[i])) return false;
        for (int i = separator + 1; i < separator + 4; i++) if (!char.IsDigit(word[i])) return false;
        return true;
    }
}
