using Entities.Resolution;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Extends a person read as a bare given name over the capitalized word right after it, the surname the tagger took for a
/// common noun: <c>Par Léa Fontaine</c>, <c>Inès Barreau, envoyée spéciale</c>, <c>Paul Boulanger a signé</c>. Immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the person is one word of the given-name list (any gender); after one space comes one capitalized word
/// of letters (hyphens and apostrophes inside), in no mention, not a function word, not a place or organization the tables
/// know (<c>Marie Renault</c> is left to the tagger), and not followed by another capitalized word on the line (a longer
/// name or a list of names is the tagger's to read); a title-case sentence (a headline: most of its other words capitalized) is never read. The score is the
/// person's.
/// </remarks>
public sealed class GivenNameSurnameExtender : IMentionRefiner
{
    private readonly GivenNameGenders givenNames;
    private readonly HashSet<string> functionWords;
    private readonly Func<string, bool> isKnownPlaceOrOrganization;

    /// <summary>Creates the extender.</summary>
    /// <param name="givenNames">The given names.</param>
    /// <param name="functionWords">Words, any case, that are never a surname (<c>Le</c>, <c>Et</c>).</param>
    /// <param name="isKnownPlaceOrOrganization">Whether a word names a known place or organization.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public GivenNameSurnameExtender(GivenNameGenders givenNames, IEnumerable<string> functionWords, Func<string, bool> isKnownPlaceOrOrganization)
    {
        ArgumentNullException.ThrowIfNull(givenNames);
        ArgumentNullException.ThrowIfNull(functionWords);
        ArgumentNullException.ThrowIfNull(isKnownPlaceOrOrganization);
        this.givenNames = givenNames;
        this.functionWords = new HashSet<string>(functionWords, StringComparer.OrdinalIgnoreCase);
        this.isKnownPlaceOrOrganization = isKnownPlaceOrOrganization;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var person = mentions[i];
            if (person.Label != EntityLabel.Person || person.End + 2 > text.Length || text[person.End] != ' ' || !char.IsUpper(text[person.End + 1])) continue;
            int t = TokenLookup.TokenStartingAt(tokens, person.Start);
            if (t < 0 || t + 1 >= tokens.Count || tokens[t].End != person.End || tokens[t + 1].Start != person.End + 1) continue;
            var surname = tokens[t + 1];
            if (i + 1 < mentions.Count && mentions[i + 1].Start < surname.End) continue;
            if (!IsSurnameShape(surname.GetSpan(text)) || functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surname.GetSpan(text))) continue;
            if (givenNames.GenderOf(person.Text) == PersonGender.Unknown) continue;
            if (t + 2 < tokens.Count && tokens[t + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[t + 2].Start]) && !NameShape.HasLineBreak(text, surname.End, tokens[t + 2].Start)) continue;
            int s = TokenLookup.SentenceOfToken(sentences, t);
            if (s < 0 || t + 1 >= sentences[s].EndToken || IsHeadline(text, tokens, sentences[s], t, mentions)) continue;
            string word = surname.GetText(text);
            if (isKnownPlaceOrOrganization(word)) continue;
            result ??= [.. mentions];
            result[i] = person with { End = surname.End, Text = text[person.Start..surname.End] };
        }

        return result ?? mentions;
    }

    /// <summary>A capital, then lower-case letters (two at least), hyphens and apostrophes between letters.</summary>
    private static bool IsSurnameShape(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        int lower = 0;
        for (int i = 1; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLower(c)) lower++;
            else if (c is '-' or '\'' or '\u2019') { if (i == word.Length - 1) return false; }
            else if (!char.IsUpper(c)) return false;
        }

        return lower >= 2;
    }

    /// <summary>
    /// Whether the sentence is a title-case headline: more than half of its other words (two at least: not its first word, not
    /// the name read, not inside a mention) are capitalized.
    /// </summary>
    private static bool IsHeadline(string text, IReadOnlyList<Token> tokens, Sentence sentence, int name, IReadOnlyList<EntityMention> mentions)
    {
        int words = 0, capitalized = 0, m = 0;
        for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            if (t == name || t == name + 1 || token.Kind != TokenKind.Word || !char.IsLetter(text[token.Start])) continue;
            while (m < mentions.Count && mentions[m].End <= token.Start) m++;
            if (m < mentions.Count && mentions[m].Start <= token.Start) continue;
            words++;
            if (char.IsUpper(text[token.Start])) capitalized++;
        }

        return words >= 2 && capitalized * 2 > words;
    }
}
