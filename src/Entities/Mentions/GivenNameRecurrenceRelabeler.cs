using System.Collections.Frozen;
using Entities.Resolution;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a person's given name said alone the person's label when the document names that person in full: <c>Chelsea
/// Clinton</c>… <c>Chelsea a parlé</c>, where the tables know <c>Chelsea</c> as a football club. A one-word mention tagged
/// LOC, ORG or MISC whose text is a known given name and the first word of a person mention of the same document becomes PER,
/// unless it is a known place (<c>Florence</c>) or said after a preposition of place (<c>Nancy Pelosi</c>… <c>à Nancy</c>). Spans
/// never change. Immutable and thread-safe.
/// </summary>
public sealed class GivenNameRecurrenceRelabeler : IMentionRefiner
{
    private readonly GivenNameGenders givenNames;
    private readonly Func<string, bool> isKnownPlace;

    /// <summary>Creates the relabeler over <paramref name="givenNames"/>; <paramref name="isKnownPlace"/> says whether a name is a known place.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public GivenNameRecurrenceRelabeler(GivenNameGenders givenNames, Func<string, bool> isKnownPlace)
    {
        ArgumentNullException.ThrowIfNull(givenNames);
        ArgumentNullException.ThrowIfNull(isKnownPlace);
        this.givenNames = givenNames;
        this.isKnownPlace = isKnownPlace;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        HashSet<string>? firstNames = null;
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Person) continue;
            int space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
            if (space > 1) (firstNames ??= new(StringComparer.Ordinal)).Add(mention.Text[..space]);
        }

        if (firstNames is null) return mentions;
        return MentionRelabeling.Apply(mentions, new Rule(this, text, firstNames));
    }

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(["à", "au", "en", "dans", "vers"], StringComparer.Ordinal);

    private readonly struct Rule(GivenNameRecurrenceRelabeler relabeler, string text, HashSet<string> firstNames) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label is EntityLabel.Location or EntityLabel.Organization or EntityLabel.Miscellaneous && firstNames.Contains(mention.Text)
            && relabeler.givenNames.GenderOf(mention.Text) != PersonGender.Unknown && !relabeler.isKnownPlace(mention.Text)
            && !WordBefore.IsOneOf(text, mention.Start, PlacePrepositions)
                ? EntityLabel.Person
                : null;
    }
}
