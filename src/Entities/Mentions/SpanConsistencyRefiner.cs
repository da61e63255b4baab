using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// One reading per name in a document, for names of several words: when the tagger and the rules read a name of three words
/// or more as one mention (<c>Institut de recherche sur le Maghreb de Tunis</c>), its other occurrences read in pieces
/// (<c>Institut de recherche sur le Maghreb</c> + <c>Tunis</c>) or left out become that mention too. The document-level
/// consistency of Ratinov and Roth (2009) for spans, as <see cref="LabelConsistencyRefiner"/> is for labels. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the name is a person, place or organization mention of at least <see cref="MinWords"/> words that starts
/// with a capital, and the document reads it with one label only; an occurrence is the same text (ordinal) over whole tokens;
/// the mentions it replaces lie inside it (a mention across its edge leaves it alone: <c>Institut de recherche sur le Maghreb</c> inside a
/// longer name stays). The new mention takes the name's label, and the best score of the pieces it replaces (the name's
/// score where there were none). Cost: one pass over the tokens, with the names indexed by their first token.
/// </remarks>
public sealed class SpanConsistencyRefiner : IMentionRefiner
{
    /// <summary>
    /// The fewest words (parts between spaces) of a name spread: two-word names (<c>Sa Majesté</c>, <c>Premier Consul</c>) are
    /// too often a title or a common phrase read once as a name.
    /// </summary>
    public const int MinWords = 3;

    /// <summary>The instance (the refiner has no settings).</summary>
    public static SpanConsistencyRefiner Instance { get; } = new();

    private SpanConsistencyRefiner()
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var names = Names(mentions);
        if (names is null) return mentions;

        // The names by their first token's text (a few per first token at most).
        var byFirstToken = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        foreach (var name in names.Values)
        {
            if (name is null) continue;
            int first = TokenLookup.TokenStartingAt(tokens, name.Start);
            if (first < 0) continue;
            string key = tokens[first].GetText(text);
            if (!byFirstToken.TryGetValue(key, out var list)) byFirstToken[key] = list = [];
            list.Add(name);
        }

        List<EntityMention>? result = null;
        var lookup = byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t < tokens.Count; t++)
        {
            // Names start with a capital: most tokens are rejected before their lookup.
            if (!char.IsUpper(text[tokens[t].Start]) || !lookup.TryGetValue(tokens[t].GetSpan(text), out var candidates)) continue;
            foreach (var name in candidates)
            {
                int start = tokens[t].Start, end = start + name.Text.Length;
                if (end > text.Length || !text.AsSpan(start, name.Text.Length).SequenceEqual(name.Text)) continue;
                int last = TokenLookup.TokenEndingAt(tokens, t, end);
                if (last < 0) continue;
                if (MentionLookup.StartingAt(result ?? mentions, start) is { } there && there.End == end && there.Label == name.Label) break;
                result = MentionInsertion.Over(result ?? [.. mentions], text, start, end, name.Label, name.Score);
                t = last;
                break;
            }
        }

        return result ?? mentions;
    }

    /// <summary>The names to spread, by text: null for a text read with two labels; null when there is none.</summary>
    private static Dictionary<string, EntityMention?>? Names(IReadOnlyList<EntityMention> mentions)
    {
        Dictionary<string, EntityMention?>? names = null;
        foreach (var m in mentions)
        {
            if (m.Label is not (EntityLabel.Person or EntityLabel.Location or EntityLabel.Organization) || m.Text.Length == 0 || !char.IsUpper(m.Text[0])
                || m.Text.AsSpan().Count(' ') < MinWords - 1) continue;
            names ??= new(StringComparer.Ordinal);
            if (!names.TryGetValue(m.Text, out var known)) names[m.Text] = m;
            else if (known is not null && known.Label != m.Label) names[m.Text] = null;
            else if (known is not null && m.Score > known.Score) names[m.Text] = m;
        }

        return names;
    }
}
