using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives the place label to the side of a hyphenated pair of places after a route noun that the tagger read as a person or
/// left miscellaneous (<c>l'étape BAYONNE-LUCHON</c>: <c>LUCHON</c> read as a person; <c>la ligne Aurillac-Brive</c>): a route
/// joins places. Only two mentions joined by a lone hyphen, one of them a place, right after a route noun (or a route noun and a
/// lower-case adjective: <c>la route côtière</c>); an organization keeps its label, and so does anything after the nouns of a
/// contest or an agreement, which are not route nouns (<c>le duel Hamilton-Verstappen</c>). Immutable and thread-safe.
/// </summary>
public sealed class PlacePairRelabeler : IMentionRefiner
{
    private readonly HashSet<string> routeNouns;

    /// <summary>Creates the relabeler over <paramref name="routeNouns"/> (compared case-insensitively: <c>ligne</c>, <c>étape</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="routeNouns"/> is <see langword="null"/>.</exception>
    public PlacePairRelabeler(IEnumerable<string> routeNouns)
    {
        ArgumentNullException.ThrowIfNull(routeNouns);
        this.routeNouns = new HashSet<string>(routeNouns, StringComparer.OrdinalIgnoreCase);
    }

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
            var other = left.Label == EntityLabel.Location ? right : left;
            if (other.Label is not (EntityLabel.Person or EntityLabel.Miscellaneous) || !AfterRouteNoun(text, left.Start)) continue;
            result ??= [.. mentions];
            if (ReferenceEquals(other, left)) result[i] = left with { Label = EntityLabel.Location };
            else result[i + 1] = right with { Label = EntityLabel.Location };
        }

        return result ?? mentions;
    }

    /// <summary>Whether the word before <paramref name="start"/> is a route noun, or a lower-case word right after one.</summary>
    private bool AfterRouteNoun(string text, int start)
    {
        var lookup = routeNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var (wordStart, wordEnd) = WordEndingBefore(text, start);
        if (wordStart == wordEnd) return false;
        if (lookup.Contains(text.AsSpan(wordStart, wordEnd - wordStart))) return true;
        if (!char.IsLower(text[wordStart])) return false;
        var (nounStart, nounEnd) = WordEndingBefore(text, wordStart);
        return nounStart < nounEnd && lookup.Contains(text.AsSpan(nounStart, nounEnd - nounStart));
    }

    /// <summary>The letters of the word before <paramref name="start"/> (spaces between), as [start, end); empty when there is none.</summary>
    private static (int Start, int End) WordEndingBefore(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0' or '\u202F') end--;
        if (end == start) return (start, start);
        int wordStart = end;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return (wordStart, end);
    }
}
