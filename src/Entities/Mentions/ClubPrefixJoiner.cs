using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a sports club named by its prefix and its town as one organization: <c>l'AS Cherbourg</c>, <c>l'US Saint-Malo</c>,
/// <c>l'ES Troyes AC</c>, where the tagger sees the town alone, or reads the prefix as a country (<c>US</c>). Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the prefix (from a list, as written: <c>AS</c>, <c>US</c>, <c>FC</c>) stands one space before a place
/// mention or an organization mention of several words, that starts with a capital; the prefix is free or a mention over
/// exactly it, which the organization replaces. The organization keeps the score of the mention after the prefix.
/// </remarks>
public sealed class ClubPrefixJoiner : IMentionRefiner
{
    private readonly FrozenSet<string> prefixes;

    /// <summary>Creates the joiner over club prefixes, as written (<c>AS</c>, <c>US</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="prefixes"/> is <see langword="null"/>.</exception>
    public ClubPrefixJoiner(IEnumerable<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        this.prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var lookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            // A place (the club's town), or an organization of several words that the tagger began after the prefix (`Troyes AC`;
            // not `Open` of the US Open).
            bool candidate = mention.Label == EntityLabel.Location || (mention.Label == EntityLabel.Organization && mention.Text.Contains(' ', StringComparison.Ordinal));
            if (!candidate || !char.IsUpper(text[mention.Start])) continue;
            int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
            if (first <= 0) continue;
            var prefix = tokens[first - 1];
            if (prefix.End + 1 != mention.Start || text[prefix.End] != ' ' || !lookup.Contains(prefix.GetSpan(text))) continue;

            // The prefix is free, or a mention over exactly it (`US` read as the country) that the club replaces.
            var before = i > 0 ? mentions[i - 1] : null;
            bool prefixMention = before is not null && before.Start == prefix.Start && before.End == prefix.End;
            if (before is not null && !prefixMention && before.End > prefix.Start) continue;
            result ??= [.. mentions];
            int at = result.IndexOf(mention);
            var club = mention with { Start = prefix.Start, Text = text[prefix.Start..mention.End], Label = EntityLabel.Organization };
            result[at] = club;
            if (prefixMention) result.RemoveAt(at - 1);
        }

        return result ?? mentions;
    }
}
