using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Extends a place or organization the tagger found inside an institution's name to the whole name, from its capitalized
/// head noun: <c>l'Institut de recherche sur le Maghreb</c> tagged <c>Maghreb</c> becomes the organization <c>Institut de
/// recherche sur le Maghreb</c>; <c>le Conseil de Paris</c> tagged <c>Paris</c> becomes <c>Conseil de Paris</c>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the head is a capitalized word of <c>heads</c>, not first in its sentence; between it and the mention
/// there are one to <see cref="MaxLinkWords"/> lower-case words, none of them a clause word (<c>stopWords</c>: <c>qui</c>,
/// <c>a</c>, <c>est</c>…), the last one a linking word (<c>linkWords</c>: <c>de</c>, <c>du</c>, <c>sur le</c>…); no other
/// mention and no punctuation but apostrophes in between; after an acronym head (<c>CHU</c>) linking words only. The extended
/// mention is an organization with the tagger's score.
/// </remarks>
public sealed class OrganizationHeadExtender : IMentionRefiner
{
    /// <summary>The most lower-case words between the head and the mention.</summary>
    public const int MaxLinkWords = 5;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> linkWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords;

    /// <summary>Creates the extender.</summary>
    /// <param name="heads">Head nouns of institutions, capitalized as written (<c>Institut</c>, <c>Conseil</c>).</param>
    /// <param name="linkWords">Lower-case words that may end the run before the mention (<c>de</c>, <c>d'</c>, <c>le</c>).</param>
    /// <param name="stopWords">Lower-case words that end a name (verbs, pronouns: <c>qui</c>, <c>a</c>, <c>est</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrganizationHeadExtender(IEnumerable<string> heads, IEnumerable<string> linkWords, IEnumerable<string> stopWords)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(linkWords);
        ArgumentNullException.ThrowIfNull(stopWords);
        this.heads = Lookup(heads);
        this.linkWords = Lookup(linkWords);
        this.stopWords = Lookup(stopWords);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? refined = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Label is not (EntityLabel.Location or EntityLabel.Organization)) continue;
            int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
            if (first <= 0) continue;
            int sentence = TokenLookup.SentenceOfToken(sentences, first);
            if (sentence < 0) continue;
            int sentenceStart = sentences[sentence].FirstToken;
            int previousEnd = m > 0 ? mentions[m - 1].End : 0;
            if (HeadBefore(text, tokens, first, sentenceStart, previousEnd) is not int head) continue;
            int start = tokens[head].Start;
            refined ??= [.. mentions];
            refined[m] = new EntityMention(start, mention.End, text[start..mention.End], EntityLabel.Organization, mention.Score, mention.EntityId);
        }

        return refined ?? mentions;
    }

    /// <summary>The token of the head noun the lower-case run before token <paramref name="first"/> starts with, or <see langword="null"/>.</summary>
    private int? HeadBefore(string text, IReadOnlyList<Token> tokens, int first, int sentenceStart, int previousEnd)
    {
        int words = 0;
        bool onlyLinks = true;
        for (int t = first - 1; t > sentenceStart && tokens[t].Start >= previousEnd; t--)
        {
            // Read in place; only a token with a typographic apostrophe is copied to straighten it.
            var span = tokens[t].GetSpan(text);
            ReadOnlySpan<char> word = span.Contains('\u2019') ? Apostrophes.Straighten(span.ToString()) : span;
            bool link = linkWords.Contains(word);
            if (words == 0 && !link) return null;

            // An acronym head takes its complement's linking words only (`le CHU de Rennes`; not `le CHU attend l'accord de
            // l'ARS`, where the words between are a clause).
            if (heads.Contains(word)) return words > 0 && (onlyLinks || !IsAcronym(word)) ? t : null;
            if (word.Length == 0 || !char.IsLower(word[0]) || stopWords.Contains(word) || !IsWord(word)) return null;
            onlyLinks &= link;
            if (++words > MaxLinkWords) return null;
        }

        return null;
    }

    /// <summary>The words with straight apostrophes, looked up by span.</summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsAcronym(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && char.IsUpper(word[1]);

    private static bool IsWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not '\'' and not '-') return false;
        }

        return true;
    }
}
