using Entities.Tokenization;

namespace Entities.French.Tokenization;

/// <summary>The French tokenizer. PLACEHOLDER: splits on whitespace only until the rule-based tokenizer lands.</summary>
public sealed class FrenchTokenizer : ITokenizer
{
    /// <summary>A shared instance; the tokenizer is immutable and thread-safe.</summary>
    public static FrenchTokenizer Default { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <inheritdoc />
    public void Tokenize(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) tokens.Add(new Token(start, i - start, TokenKind.Word));
        }
    }
}
