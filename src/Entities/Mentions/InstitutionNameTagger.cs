using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the names of institutions made of a lower-case head and their place as organizations: <c>la cour d'appel de
/// Douai</c>, <c>le tribunal de commerce de Quimper</c>, <c>la chambre d'agriculture du Gers</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the head is one of the given phrases (compared case-insensitively, either apostrophe), followed by
/// <c>de</c>, <c>d'</c>, <c>du</c> or <c>des</c> (and <c>la</c> or <c>l'</c> after <c>de</c>) and a place the tagger read (a
/// place or an organization mention starting there) or capitalized words (up to <see cref="MaxNameWords"/>, one space apart,
/// not function words, in no mention). Mentions inside the result are replaced; a mention across its edge leaves it alone,
/// but a place or person mention that starts with a head of several words and runs into the place is the institution and
/// becomes an organization (<c>la communauté de communes du Pays des Abers</c> tagged whole as a place; not <c>la préfecture de
/// Kumamoto</c>). A new mention gets <see cref="Score"/>, or the best score of the mentions it replaces.
/// </remarks>
public sealed class InstitutionNameTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most capitalized words of a place read without a mention.</summary>
    public const int MaxNameWords = 3;

    /// <summary>The heads by their last word (straight apostrophes, any case): one lookup of the word before a preposition.</summary>
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> headsByLastWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords;

    /// <summary>Creates the tagger.</summary>
    /// <param name="heads">Heads as their words (<c>cour</c>, <c>d'</c>, <c>appel</c>), each a non-empty sequence.</param>
    /// <param name="functionWords">Words, any case, that never start or continue a place read without a mention (<c>Le</c>, <c>De</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A head has no word.</exception>
    public InstitutionNameTagger(IEnumerable<IReadOnlyList<string>> heads, IEnumerable<string> functionWords)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(functionWords);
        headsByLastWord = WordSequences.Prepare(heads, nameof(heads))
            .GroupBy(words => words[^1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase)   // longest first, as prepared
            .GetAlternateLookup<ReadOnlySpan<char>>();
        this.functionWords = functionWords.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var span = TokenLookup.AsSpan(tokens);
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            // Read from the preposition: most tokens fail on a two-letter test, and a head is matched backwards only before a
            // capitalized word.
            for (int t = sentence.FirstToken + 1; t + 1 < sentence.EndToken; t++)
            {
                if (span[t].Length is not (2 or 3)) continue;
                var preposition = span[t].GetSpan(text);
                if (!NameShape.IsComplementPreposition(preposition) && preposition is not "des") continue;
                int place = t + 1;
                if (preposition is "de" && (span[place].GetSpan(text) is "la" || Apostrophes.SpellsAs(span[place].GetSpan(text), "l'"))) place++;
                if (place >= sentence.EndToken || !char.IsUpper(text[span[place].Start])) continue;
                if (!TryGetHeads(span[t - 1].GetSpan(text), out var heads)) continue;
                int first = WordSequences.LongestStartBefore(text, tokens, t, sentence.FirstToken, heads);
                if (first < 0) continue;

                // The tagger read a head of several words and its place as one place or person (`la communauté de communes du Pays
                // des Abers`): the mention is the institution. Not a head of one word (`la préfecture de Kumamoto` is a place of Japan).
                if (MentionLookup.StartingAt(result ?? mentions, tokens[first].Start) is { } whole && whole.End > span[place].Start)
                {
                    if (whole.Label is EntityLabel.Location or EntityLabel.Person && first < t - 1)
                    {
                        result ??= [.. mentions];
                        result[result.IndexOf(whole)] = whole with { Label = EntityLabel.Organization };
                    }

                    continue;
                }

                int end = PlaceEnd(text, tokens, result ?? mentions, place, sentence.EndToken);
                if (end < 0) continue;
                result = MentionInsertion.Over(result ?? [.. mentions], text, tokens[first].Start, end, EntityLabel.Organization, Score);
            }
        }

        return result ?? mentions;
    }

    /// <summary>The heads that end with <paramref name="word"/> (either apostrophe), longest first.</summary>
    private bool TryGetHeads(ReadOnlySpan<char> word, out string[][] heads) =>
        Apostrophes.HasTypographic(word)
            ? headsByLastWord.Dictionary.TryGetValue(Apostrophes.Straighten(word.ToString()), out heads!)
            : headsByLastWord.TryGetValue(word, out heads!);

    /// <summary>The end offset of the place starting at token <paramref name="t"/>, or -1.</summary>
    private int PlaceEnd(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, int t, int sentenceEnd)
    {
        var mention = MentionLookup.StartingAt(mentions, tokens[t].Start);
        if (mention is not null) return mention.Label is EntityLabel.Location or EntityLabel.Organization ? mention.End : -1;
        return CapitalizedRunEnd(text, tokens, mentions, t, sentenceEnd);
    }

    /// <summary>The end offset of up to <see cref="MaxNameWords"/> capitalized words from <paramref name="t"/>, one space apart, in no mention; -1 when there is none.</summary>
    private int CapitalizedRunEnd(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, int t, int sentenceEnd)
    {
        int end = -1;
        for (int n = 0; n < MaxNameWords && t < sentenceEnd; n++, t++)
        {
            var word = tokens[t];
            if (n > 0 && (word.Start != tokens[t - 1].End + 1 || text[tokens[t - 1].End] != ' ')) break;
            if (word.Kind != TokenKind.Word || !char.IsUpper(text[word.Start]) || word.Length < 2 || Apostrophes.IsIn(word.GetSpan(text), functionWords) || MentionLookup.Overlaps(mentions, word.Start, word.End)) break;
            end = word.End;
        }

        return end;
    }
}
