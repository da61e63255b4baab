using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Splits a person mention the tagger ran on past the name: at the first inner token that is a comma, a semicolon or a
/// lower-case word other than a name particle (<c>de</c>, <c>von</c>, <c>ben</c>…) and not the rest of a word an old print cut
/// (<c>Clémen¬ tine</c>, <c>Phi - lippe</c>). The part before it stays the person;
/// what follows becomes a second person only when it is one capitalized run right after a single lower-case word
/// (<c>Jean Valjean regarda Cosette</c> → <c>Jean Valjean</c>, <c>Cosette</c>), and is dropped otherwise
/// (<c>Edmond Maire, à la Saline</c> → <c>Edmond Maire</c>); a last word that breaks is dropped (<c>Odette arriva</c> →
/// <c>Odette</c>). Both parts keep the mention's score. Immutable and thread-safe.
/// </summary>
public sealed class PersonRunOnSplitter : IMentionRefiner
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> innerWords;

    /// <summary>Creates a splitter.</summary>
    /// <param name="innerWords">Lower-case words that may stand inside a person's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerWords"/> is <see langword="null"/>.</exception>
    public PersonRunOnSplitter(IEnumerable<string> innerWords)
    {
        ArgumentNullException.ThrowIfNull(innerWords);
        this.innerWords = innerWords.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionSplitting.Apply(mentions, (int _, EntityMention mention, out EntityMention head, out EntityMention? tail) =>
        {
            tail = null;
            head = mention;
            return mention.Label == EntityLabel.Person && TrySplit(text, tokens, mention, out head, out tail);
        });
    }

    private bool TrySplit(string text, IReadOnlyList<Token> tokens, EntityMention mention, out EntityMention head, out EntityMention? tail)
    {
        head = mention;
        tail = null;
        if (!MentionSplitting.TryGetTokens(tokens, mention, out int first, out int end)) return false;
        for (int k = first + 1; k < end; k++)
        {
            var token = tokens[k].GetSpan(text);
            if (!Breaks(token) || CutMarks.EndsWithCutMark(tokens[k - 1].GetSpan(text))) continue;
            head = MentionSplitting.Part(text, mention, tokens[first].Start, tokens[k - 1].End, EntityLabel.Person);
            if (k + 1 == end) return true;
            bool singleWord = char.IsLetter(token[0]) && char.IsUpper(text[tokens[k + 1].Start]);
            bool capitalizedRun = true;
            for (int j = k + 1; j < end && capitalizedRun; j++) capitalizedRun = !Breaks(tokens[j].GetSpan(text));
            if (singleWord && capitalizedRun) tail = MentionSplitting.Part(text, mention, tokens[k + 1].Start, mention.End, EntityLabel.Person);
            return true;
        }

        return false;
    }

    /// <summary>Whether a token inside a person mention ends the name: a comma, a semicolon, or a lower-case word that is not a particle.</summary>
    private bool Breaks(ReadOnlySpan<char> token)
    {
        if (token is "," or ";") return true;
        if (token.IsEmpty || !char.IsLower(token[0])) return false;
        return !Apostrophes.IsIn(token, innerWords);
    }
}
