using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of the one addressed in a speech incise, whom the tagger reads as a place after <c>à</c>: <c>demanda-t-il à
/// Athos</c>, <c>dit-elle à Consuelo</c>, <c>demanda Rasseneur à Souvarine</c> (the speaker a person mention right before
/// <c>à</c>). A one-word mention tagged LOC, ORG or MISC right after such an incise becomes PER unless it is a known place or
/// organization (<c>explique-t-il à Libération</c>). Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class AddresseeRelabeler : IMentionRefiner
{
    private readonly PrecedingPhrases inversions;
    private readonly PrecedingPhrases verbs;
    private readonly Func<string, bool> isKnownName;

    /// <summary>
    /// Creates the relabeler over speech <paramref name="verbs"/> as written in an incise (lower case: <c>demanda</c>,
    /// <c>dit</c>); <paramref name="isKnownName"/> says whether a name is a known place or organization.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A verb is empty or too long.</exception>
    public AddresseeRelabeler(IEnumerable<string> verbs, Func<string, bool> isKnownName)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(isKnownName);
        string[] all = [.. verbs.Select(v => v.Trim()).Where(v => v.Length > 0)];
        inversions = new PrecedingPhrases(
            all.SelectMany(v => new[] { v + "-il à", v + "-elle à", v + "-t-il à", v + "-t-elle à", v + "-ils à", v + "-elles à" }), nameof(verbs));
        this.verbs = new PrecedingPhrases(all, nameof(verbs));
        this.isKnownName = isKnownName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            // The cheap tests first: " à " right before, then an inverted pronoun or a person right before that.
            if (mention.Start < 3 || text[mention.Start - 2] != 'à' || text[mention.Start - 1] != ' ' || text[mention.Start - 3] != ' '
                || mention.Label is not (EntityLabel.Location or EntityLabel.Organization or EntityLabel.Miscellaneous) || !NameShape.IsOneWord(mention.Text)) continue;
            if (!(InvertedPronounBefore(text, mention.Start - 3) && inversions.EndBefore(text, mention.Start)) && !(i > 0 && SpeakerBefore(text, mentions[i - 1], mention.Start))) continue;
            if (isKnownName(mention.Text)) continue;
            (result ??= [.. mentions])[i] = mention with { Label = EntityLabel.Person };
        }

        return result ?? mentions;
    }

    /// <summary>Whether <c>-il</c>, <c>-elle</c>, <c>-ils</c> or <c>-elles</c> ends at <paramref name="end"/> (<c>dit-il</c>).</summary>
    private static bool InvertedPronounBefore(string text, int end) =>
        (end >= 3 && text.AsSpan(end - 3, 3) is "-il") || (end >= 4 && text.AsSpan(end - 4, 4) is "-ils")
        || (end >= 5 && text.AsSpan(end - 5, 5) is "-elle") || (end >= 6 && text.AsSpan(end - 6, 6) is "-elles");

    /// <summary>Whether <paramref name="speaker"/> is a person right before <c> à </c>, itself right after a speech verb (<c>demanda Rasseneur à</c>).</summary>
    private bool SpeakerBefore(string text, EntityMention speaker, int start) =>
        speaker.Label == EntityLabel.Person && speaker.End == start - 3 && verbs.EndBefore(text, speaker.Start);
}
