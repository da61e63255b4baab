using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives the person label to a one-word name the tagger read as a place when it stands in a list of people (<c>Poiret,
/// Madeleine Vionnet, Paquin</c>; <c>MM. Bertoni, Micheli et Tissières</c>): listed (<c>, </c>, <c> et </c>) between two
/// persons, or after or before two listed persons. Spans never change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the name is one capitalized word with a lower-case letter (not a heading in capitals) and no place the
/// caller knows (<c>Jean Dupont, Lyon et Marie Curie</c> keeps <c>Lyon</c>); two persons around it, never one (<c>Roosevelt
/// et Churchill</c> is left as the tagger read it: <c>Vichy et Laval</c> is as common).
/// </remarks>
public sealed class ListedPersonRelabeler : IMentionRefiner
{
    private readonly Func<string, bool> isKnownPlace;

    /// <summary>Creates the relabeler; <paramref name="isKnownPlace"/> says which names are places whatever their neighbours.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="isKnownPlace"/> is <see langword="null"/>.</exception>
    public ListedPersonRelabeler(Func<string, bool> isKnownPlace)
    {
        ArgumentNullException.ThrowIfNull(isKnownPlace);
        this.isKnownPlace = isKnownPlace;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label != EntityLabel.Location || !NameShape.IsCapitalizedNameWord(mention.Text) || !InListOfPersons(text, mentions, i) || isKnownPlace(mention.Text)) continue;
            result ??= [.. mentions];
            result[i] = mention with { Label = EntityLabel.Person };
        }

        return result ?? mentions;
    }

    /// <summary>Whether mention <paramref name="i"/> is listed between two persons, or next to two listed persons on one side.</summary>
    private static bool InListOfPersons(string text, IReadOnlyList<EntityMention> mentions, int i)
    {
        bool left = ListedPerson(text, mentions, i - 1, i);
        bool right = ListedPerson(text, mentions, i + 1, i);
        return (left && right) || (left && ListedPerson(text, mentions, i - 2, i - 1)) || (right && ListedPerson(text, mentions, i + 2, i + 1));
    }

    /// <summary>Whether mention <paramref name="j"/> is a person listed right next to mention <paramref name="k"/>.</summary>
    private static bool ListedPerson(string text, IReadOnlyList<EntityMention> mentions, int j, int k)
    {
        if (j < 0 || j >= mentions.Count || mentions[j].Label != EntityLabel.Person) return false;
        var (left, right) = j < k ? (mentions[j], mentions[k]) : (mentions[k], mentions[j]);
        return NameShape.IsListedWith(text, left.End, right.Start);
    }
}
