using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a capitalized name right after a noun that only introduces an organization's name as that organization: <c>les bancs
/// du groupe SOC</c>, <c>le parti Horizons</c>, <c>l'enseigne Carrefour</c>, <c>le constructeur Renault</c>. The name (one to
/// <see cref="MaxWords"/> capitalized words or acronyms, <c>Les Républicains</c>, <c>LFI-NFP</c>) becomes an organization, or
/// a mention over exactly it takes that label. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the noun is compared as written (lower case), the name follows it after one space and starts with a
/// capital; a mention that covers more than the name (<c>groupe Renault Trucks Defense</c> tagged whole) or a person named
/// there (<c>le groupe de M. Dupont</c> has a lower-case word between) is left alone. A new mention gets <see cref="Score"/>.
/// </remarks>
public sealed class NounNameTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most words of a name.</summary>
    public const int MaxWords = 3;

    private readonly HashSet<string> nouns;

    /// <summary>Creates the tagger over <paramref name="nouns"/> (lower case: <c>groupe</c>, <c>parti</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="nouns"/> is <see langword="null"/>.</exception>
    public NounNameTagger(IEnumerable<string> nouns)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        this.nouns = new HashSet<string>(nouns, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var lookup = nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            // The cheap tests first (a capitalized word one space after a lower-case word); the noun's lookup last.
            var noun = tokens[t];
            int first = t + 1;
            if (noun.Kind != TokenKind.Word || !char.IsLower(text[noun.Start]) || tokens[first].Start != noun.End + 1 || text[noun.End] != ' '
                || !IsName(text, tokens[first]) || !lookup.Contains(noun.GetSpan(text))) continue;
            int last = first;
            while (last + 1 < tokens.Count && last + 1 - first < MaxWords && tokens[last + 1].Start == tokens[last].End + 1 && IsName(text, tokens[last + 1])) last++;
            result = Apply(result ?? [.. mentions], text, tokens[first].Start, tokens[last].End);
        }

        return result ?? mentions;
    }

    /// <summary>A word or acronym that starts with a capital (<c>Horizons</c>, <c>SOC</c>, <c>EcoS</c>, <c>LFI-NFP</c>).</summary>
    private static bool IsName(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>The mentions with an organization over [start, end): added, or the mention over exactly it relabeled; unchanged otherwise.</summary>
    private static List<EntityMention> Apply(List<EntityMention> mentions, string text, int start, int end)
    {
        int at = 0;
        while (at < mentions.Count && mentions[at].End <= start) at++;
        if (at < mentions.Count && mentions[at].Start < end)
        {
            var m = mentions[at];
            if (m.Start != start || m.End != end || m.Label == EntityLabel.Organization) return mentions;
            mentions[at] = m with { Label = EntityLabel.Organization };
            return mentions;
        }

        mentions.Insert(at, new EntityMention(start, end, text[start..end], EntityLabel.Organization, Score, null));
        return mentions;
    }
}
