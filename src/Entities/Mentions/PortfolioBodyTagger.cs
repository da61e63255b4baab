using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a government department or a parliamentary committee named by its portfolio as an organization, in lower case as
/// the press often writes it: <c>le ministère de l'intérieur</c>, <c>la commission des lois</c>, <c>le ministère de
/// l'économie et des finances</c>, <c>le ministère russe de la défense</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: a body noun (<c>ministère</c>, <c>commission</c>), then optionally one
/// nationality adjective, then the longest of the given portfolios (<c>de l'intérieur</c>, <c>des affaires étrangères</c>),
/// more of them joined by <c>et</c> or a comma; words are compared case-insensitively, with either apostrophe. A body noun
/// after <c>un</c> or <c>une</c> is a kind of body, not one (<c>une commission des finances</c>). Mentions inside the phrase
/// are replaced (<c>Intérieur</c> read as a place), a mention across its edge leaves it alone. A new mention gets
/// <see cref="Score"/>, or the best score of the mentions it replaces.
/// </remarks>
public sealed class PortfolioBodyTagger : IMentionRefiner
{
    /// <summary>The score of a body this layer adds.</summary>
    public const double Score = 0.8;

    private readonly HashSet<string> bodies;
    private readonly int shortestBody;
    private readonly int longestBody;
    private readonly string bodyInitials;
    private readonly HashSet<string> adjectives;
    private readonly string[][] portfolios;

    /// <summary>Creates the tagger.</summary>
    /// <param name="bodies">Body nouns, lower case (<c>ministère</c>).</param>
    /// <param name="portfolios">Portfolios as the words that follow the noun (<c>de</c>, <c>l'</c>, <c>intérieur</c>), each a non-empty sequence.</param>
    /// <param name="adjectives">Adjectives that may stand between the noun and its portfolio (<c>russe</c>), lower case.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A portfolio has no word.</exception>
    public PortfolioBodyTagger(IEnumerable<string> bodies, IEnumerable<IReadOnlyList<string>> portfolios, IEnumerable<string> adjectives)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(portfolios);
        ArgumentNullException.ThrowIfNull(adjectives);
        this.bodies = new HashSet<string>(bodies, StringComparer.OrdinalIgnoreCase);
        shortestBody = this.bodies.Count == 0 ? 0 : this.bodies.Min(body => body.Length);
        longestBody = this.bodies.Count == 0 ? -1 : this.bodies.Max(body => body.Length);
        bodyInitials = string.Concat(this.bodies.Where(body => body.Length > 0).Select(body => char.ToLowerInvariant(body[0])).Distinct().Order());
        this.adjectives = new HashSet<string>(adjectives, StringComparer.OrdinalIgnoreCase);
        this.portfolios = WordSequences.Prepare(portfolios, nameof(portfolios));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var bodyLookup = bodies.GetAlternateLookup<ReadOnlySpan<char>>();
        var adjectiveLookup = adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = TokenLookup.AsSpan(tokens);
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
            {
                var token = span[t];
                // Most words fail on their length or first letter, before a case-insensitive hash.
                if (token.Length < shortestBody || token.Length > longestBody || token.Kind != TokenKind.Word
                    || !bodyInitials.Contains(char.ToLowerInvariant(text[token.Start]), StringComparison.Ordinal) || !bodyLookup.Contains(token.GetSpan(text))) continue;
                if (t > sentence.FirstToken && tokens[t - 1].GetSpan(text) is var before && (before.Equals("un", StringComparison.OrdinalIgnoreCase) || before.Equals("une", StringComparison.OrdinalIgnoreCase))) continue;
                int next = t + 1;
                if (adjectiveLookup.Contains(tokens[next].GetSpan(text))) next++;
                int end = WordSequences.LongestEndFrom(text, tokens, next, sentence.EndToken, portfolios);
                if (end < 0) continue;
                while (end + 1 < sentence.EndToken && tokens[end].GetSpan(text) is "et" or "," && WordSequences.LongestEndFrom(text, tokens, end + 1, sentence.EndToken, portfolios) is int more and > 0) end = more;
                result = MentionInsertion.Over(result ?? [.. mentions], text, token.Start, tokens[end - 1].End, EntityLabel.Organization, Score);
                t = end - 1;
            }
        }

        return result ?? mentions;
    }
}
