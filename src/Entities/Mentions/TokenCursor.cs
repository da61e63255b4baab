using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// The lookups of <see cref="TokenLookup"/> for a walk that asks about positions in increasing order (the mentions of a
/// document, sorted by start): each answer is found by stepping forward from the previous one instead of a binary search,
/// so a whole document costs one pass over its tokens and sentences. A position before the previous one falls back to the
/// binary search, so the answers are always those of <see cref="TokenLookup"/>. Lives for one call; never shared.
/// </summary>
internal ref struct TokenCursor
{
    private readonly ReadOnlySpan<Token> tokens;
    private readonly ReadOnlySpan<Sentence> sentences;
    private int token;
    private int sentence;

    /// <summary>Creates a cursor at the start of <paramref name="tokens"/> and <paramref name="sentences"/> (both sorted by position).</summary>
    public TokenCursor(ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        this.tokens = tokens;
        this.sentences = sentences;
    }

    /// <summary>As <see cref="TokenLookup.FirstTokenAtOrAfter(ReadOnlySpan{Token}, int)"/>.</summary>
    public int FirstTokenAtOrAfter(int position)
    {
        int i = token;
        if (i > 0 && tokens[i - 1].Start >= position) i = TokenLookup.FirstTokenAtOrAfter(tokens, position);
        else
        {
            // Every token before i starts before the position: the answer is at i or after it.
            while (i < tokens.Length && tokens[i].Start < position) i++;
        }

        token = i;
        return i;
    }

    /// <summary>As <see cref="TokenLookup.TokenStartingAt(ReadOnlySpan{Token}, int)"/>.</summary>
    public int TokenStartingAt(int start)
    {
        int index = FirstTokenAtOrAfter(start);
        return index < tokens.Length && tokens[index].Start == start ? index : -1;
    }

    /// <summary>As <see cref="TokenLookup.SentenceOfToken(ReadOnlySpan{Sentence}, int)"/>.</summary>
    public int SentenceOfToken(int index)
    {
        int s = sentence;
        if (s > 0 && index < sentences[s - 1].EndToken) return TokenLookup.SentenceOfToken(sentences, index);

        // No sentence before s holds the token: it lies in the first sentence from s that ends after it, if any.
        while (s < sentences.Length && index >= sentences[s].EndToken) s++;
        sentence = s;
        return s < sentences.Length && index >= sentences[s].FirstToken ? s : -1;
    }
}
