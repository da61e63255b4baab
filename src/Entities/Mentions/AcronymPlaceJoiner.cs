using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Joins an organization's acronym and the place name right after it into one organization, as the corpora write a branch or
/// a club (<c>ARS Nouvelle-Aquitaine</c>, <c>PSV Eindhoven</c>, <c>LOSC Lille</c>), where the tagger or the acronym taggers
/// read the acronym as an organization and the place as a place. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Only an acronym mention (<see cref="TableAcronymTagger.IsAcronym"/>) followed by one space and a place mention that is
/// not itself in capitals (<c>GRÈVE À LA SNCF PARIS</c> is a headline); the organization
/// keeps the lower of the two scores.
/// </remarks>
public sealed class AcronymPlaceJoiner : IMentionRefiner
{
    private readonly HashSet<string> pairNouns;

    /// <summary>
    /// Creates the joiner; after one of <paramref name="pairNouns"/> (compared case-insensitively: <c>match</c>, <c>sommet</c>)
    /// an acronym and a place are two sides, not one name (<c>le sommet UE Japon</c>, <c>le choc PSG Marseille</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="pairNouns"/> is <see langword="null"/>.</exception>
    public AcronymPlaceJoiner(IEnumerable<string> pairNouns)
    {
        ArgumentNullException.ThrowIfNull(pairNouns);
        this.pairNouns = new HashSet<string>(pairNouns, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionPairJoining.Apply(text, mentions, new Rule(this, text, tokens));
    }

    private readonly struct Rule(AcronymPlaceJoiner joiner, string text, IReadOnlyList<Token> tokens) : MentionPairJoining.IRule
    {
        public bool Joins(EntityMention first, EntityMention next) =>
            first.Label == EntityLabel.Organization && TableAcronymTagger.IsAcronym(first.Text)
            && next.Label == EntityLabel.Location && next.Start == first.End + 1 && text[first.End] == ' '
            && !Capitals.IsCapitalsWord(next.Text) && !joiner.AfterPairNoun(text, tokens, first.Start);

        public double Score(EntityMention first, EntityMention next) => Math.Min(first.Score, next.Score);
    }

    /// <summary>Whether the word right before <paramref name="start"/> is a pair noun.</summary>
    private bool AfterPairNoun(string text, IReadOnlyList<Token> tokens, int start)
    {
        int token = TokenLookup.TokenStartingAt(tokens, start);
        return token > 0 && pairNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[token - 1].GetSpan(text));
    }
}
