using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags a family named by the plural article and a surname, which French writes without a plural mark (<c>il connaissait
/// les Lhuillier depuis trente ans</c>, <c>chez les Thénardier</c>), when the tagger left it untagged: the surname becomes a
/// person with the score <see cref="Score"/>, the article outside. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the article is a lower-case <c>les</c> inside the sentence; the name is one capitalized word with a
/// lower-case letter that does not end like a plural (<c>s</c>, <c>x</c>: <c>les Verts</c>, <c>les Bleus</c>, <c>les
/// Vosges</c>), is no known place, organization or nationality word (the caller's test), is not followed by another
/// capitalized word (a longer name: <c>les Chantiers Navals</c>), and no mention overlaps it.
/// </remarks>
public sealed class FamilyNameTagger : IMentionRefiner
{
    /// <summary>The score of a person this layer adds.</summary>
    public const double Score = 0.6;

    private readonly Func<string, bool> isKnownName;

    /// <summary>Creates the tagger over the caller's test for known places, organizations and nationality words.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="isKnownName"/> is <see langword="null"/>.</exception>
    public FamilyNameTagger(Func<string, bool> isKnownName)
    {
        ArgumentNullException.ThrowIfNull(isKnownName);
        this.isKnownName = isKnownName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var span = TokenLookup.AsSpan(tokens);
        var free = new MentionCursor(TokenLookup.AsSpan(mentions));
        List<EntityMention>? added = null;
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            for (int t = sentence.FirstToken + 1; t + 1 < sentence.EndToken; t++)
            {
                if (span[t].GetSpan(text) is not "les") continue;
                var name = span[t + 1];
                var word = name.GetSpan(text);
                if (!NameShape.IsCapitalizedNameWord(word) || word[^1] is 's' or 'x') continue;
                if (t + 2 < sentence.EndToken && span[t + 2].Start == name.End + 1 && NameShape.IsCapitalizedNameWord(span[t + 2].GetSpan(text))) continue;
                if (free.FreeUntil(name.Start) < name.End) continue;
                string surname = word.ToString();
                if (!isKnownName(surname)) (added ??= []).Add(new EntityMention(name.Start, name.End, surname, EntityLabel.Person, Score, null));
            }
        }

        return added is null ? mentions : SortedMentions.Merge(mentions, added);
    }
}
