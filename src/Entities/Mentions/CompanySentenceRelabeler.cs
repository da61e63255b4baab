using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a company's bare name as the company in a sentence about companies: <c>Kering a perdu 4 %, Hermès 2,1 % et LVMH
/// 1,8 %</c>, where the tagger read <c>Hermès</c> as a person, gives the organization <c>Hermès</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: only one-word person mentions whose text is a known organization name (<c>Hermès</c>, <c>Vinci</c>,
/// <c>Bouygues</c>: names that are also a person's, which is why the tagger hesitates), and only when the same sentence is
/// about companies: another mention tagged as an organization whose text is a known organization too, or a percentage within
/// a few words after the name (<c>Vinci et Bouygues ont terminé à l'équilibre, tandis que Michelin a gagné 0,5 %</c>; not
/// <c>58 % des Français estiment que Lagardère…</c>). Two bare names alone are no
/// such sign (<c>l'époque des Alix, Chanel, Lanvin</c>: the couturiers). Places keep their label (<c>Orange</c> the town).
/// Spans never change.
/// </remarks>
public sealed class CompanySentenceRelabeler : IMentionRefiner
{
    private readonly HashSet<string> organizations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> honorifics;

    /// <summary>Creates the relabeler over known organization names (as written).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="organizations"/> is <see langword="null"/>.</exception>
    public CompanySentenceRelabeler(IEnumerable<string> organizations)
        : this(organizations, [])
    {
    }

    /// <summary>
    /// Creates the relabeler over known organization names (as written); a name right after one of <paramref name="honorifics"/>
    /// (as written, final period optional: <c>M.</c>, <c>Mme</c>) is a person's and keeps its label (<c>reconnaît Mme Puig</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CompanySentenceRelabeler(IEnumerable<string> organizations, IEnumerable<string> honorifics)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(honorifics);
        this.organizations = new HashSet<string>(organizations, StringComparer.Ordinal);
        this.honorifics = TitleBefore.Lookup(honorifics, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? result = null;
        int sentence = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label != EntityLabel.Person || mention.Text.Contains(' ') || !organizations.Contains(mention.Text)) continue;
            int token = TokenLookup.TokenStartingAt(tokens, mention.Start);
            if (token < 0 || TitleBefore.Precedes(text, mention.Start, honorifics, TitleBefore.NoParticles)) continue;
            while (sentence + 1 < sentences.Count && sentences[sentence].EndToken <= token) sentence++;
            if (sentence >= sentences.Count) break;
            int from = tokens[sentences[sentence].FirstToken].Start, to = tokens[sentences[sentence].EndToken - 1].End;
            if (!HasKnownOrganization(mentions, from, to, i) && !HasPercentageAfter(text, tokens, token, sentences[sentence].EndToken)) continue;
            result ??= [.. mentions];
            result[i] = mention with { Label = EntityLabel.Organization };
        }

        return result ?? mentions;
    }

    /// <summary>The most tokens between a company's name and the percentage that follows it (<c>Michelin a gagné 0,5 %</c>).</summary>
    private const int PercentageWindow = 16;

    /// <summary>Whether a percentage sign follows token <paramref name="token"/> within <see cref="PercentageWindow"/> tokens of its sentence.</summary>
    private static bool HasPercentageAfter(string text, IReadOnlyList<Token> tokens, int token, int sentenceEnd)
    {
        for (int t = token + 1; t < sentenceEnd && t <= token + PercentageWindow; t++)
        {
            if (tokens[t].GetSpan(text).Contains('%')) return true;
        }

        return false;
    }

    private bool HasKnownOrganization(IReadOnlyList<EntityMention> mentions, int from, int to, int except)
    {
        for (int j = MentionLookup.FirstEndingAfter(mentions, from); j < mentions.Count && mentions[j].Start < to; j++)
        {
            var other = mentions[j];
            if (j != except && other.Start >= from && other.End <= to && other.Label == EntityLabel.Organization && organizations.Contains(other.Text)) return true;
        }

        return false;
    }
}
