using Entities.Tokenization;

namespace Entities.Tagging;

/// <summary>
/// The tokens of one sentence as characters, without building strings: either token strings, or a range of
/// <see cref="Token"/>s over their text (each read as its normalized form).
/// </summary>
internal readonly struct SentenceTokens
{
    private readonly IReadOnlyList<string>? strings;
    private readonly string? text;
    private readonly IReadOnlyList<Token>? tokens;
    private readonly int first;

    /// <summary>Token strings (a <see langword="null"/> string reads as empty).</summary>
    public SentenceTokens(IReadOnlyList<string> strings)
    {
        this.strings = strings;
        Count = strings.Count;
    }

    /// <summary>Tokens <c>[first, first + count)</c> of <paramref name="tokens"/>, over <paramref name="text"/>.</summary>
    public SentenceTokens(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        this.text = text;
        this.tokens = tokens;
        this.first = first;
        Count = count;
    }

    /// <summary>Number of tokens.</summary>
    public int Count { get; }

    /// <summary>The characters of token <paramref name="i"/> (its normalized form).</summary>
    public ReadOnlySpan<char> this[int i]
    {
        get
        {
            if (strings is not null) return strings[i];
            var token = tokens![first + i];
            return token.HasNormalizedForm ? token.GetNormalized(text!) : token.GetSpan(text!);
        }
    }
}
