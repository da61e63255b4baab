using System.Runtime.InteropServices;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>Binary searches over a document's tokens and sentences (both sorted by position), and their lists as spans.</summary>
internal static class TokenLookup
{
    /// <summary>
    /// The tokens as a span, to walk them without an interface call per token: the list's own storage for a
    /// <see cref="List{T}"/> or an array (valid while the list is not changed), a copy otherwise (so call it once per document, not per mention).
    /// </summary>
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    /// <summary>The sentences as a span, as <see cref="AsSpan(IReadOnlyList{Token})"/> does for tokens.</summary>
    public static ReadOnlySpan<Sentence> AsSpan(IReadOnlyList<Sentence> sentences) => sentences switch
    {
        List<Sentence> list => CollectionsMarshal.AsSpan(list),
        Sentence[] array => array,
        _ => sentences.ToArray(),
    };

    /// <summary>The mentions as a span, as <see cref="AsSpan(IReadOnlyList{Token})"/> does for tokens.</summary>
    public static ReadOnlySpan<EntityMention> AsSpan(IReadOnlyList<EntityMention> mentions) => mentions switch
    {
        List<EntityMention> list => CollectionsMarshal.AsSpan(list),
        EntityMention[] array => array,
        _ => mentions.ToArray(),
    };

    /// <summary>Index of the token that starts at <paramref name="start"/>, or -1.</summary>
    public static int TokenStartingAt(IReadOnlyList<Token> tokens, int start)
    {
        int index = FirstTokenAtOrAfter(tokens, start);
        return index < tokens.Count && tokens[index].Start == start ? index : -1;
    }

    /// <summary>Index of the token that starts at <paramref name="start"/>, or -1.</summary>
    public static int TokenStartingAt(ReadOnlySpan<Token> tokens, int start)
    {
        int index = FirstTokenAtOrAfter(tokens, start);
        return index < tokens.Length && tokens[index].Start == start ? index : -1;
    }

    /// <summary>Index of the token from <paramref name="first"/> on that ends at <paramref name="end"/>, or -1 when none does (<paramref name="end"/> falls inside a token or a gap).</summary>
    public static int TokenEndingAt(IReadOnlyList<Token> tokens, int first, int end)
    {
        int t = first;
        while (t < tokens.Count && tokens[t].End < end) t++;
        return t < tokens.Count && tokens[t].End == end ? t : -1;
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/> (<c>tokens.Count</c> when none).</summary>
    public static int FirstTokenAtOrAfter(IReadOnlyList<Token> tokens, int position)
    {
        if (tokens is List<Token> or Token[]) return FirstTokenAtOrAfter(AsSpan(tokens), position);
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].Start < position) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/> (<c>tokens.Length</c> when none).</summary>
    public static int FirstTokenAtOrAfter(ReadOnlySpan<Token> tokens, int position)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].Start < position) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    /// <summary>Index of the sentence containing token <paramref name="token"/>, or -1.</summary>
    public static int SentenceOfToken(IReadOnlyList<Sentence> sentences, int token)
    {
        if (sentences is List<Sentence> list) return SentenceOfToken(CollectionsMarshal.AsSpan(list), token);
        if (sentences is Sentence[] array) return SentenceOfToken(array.AsSpan(), token);
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            var sentence = sentences[middle];
            if (token < sentence.FirstToken) high = middle - 1;
            else if (token >= sentence.EndToken) low = middle + 1;
            else return middle;
        }

        return -1;
    }

    /// <summary>Index of the sentence containing token <paramref name="token"/>, or -1.</summary>
    public static int SentenceOfToken(ReadOnlySpan<Sentence> sentences, int token)
    {
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            var sentence = sentences[middle];
            if (token < sentence.FirstToken) high = middle - 1;
            else if (token >= sentence.EndToken) low = middle + 1;
            else return middle;
        }

        return -1;
    }
}
