using Entities.Tokenization;

namespace Entities.Extensibility.Tests.ToyLanguage;

/// <summary>A toy language's tokenizer: runs of letters or digits are words; '.', ',' and '!' are punctuation tokens.</summary>
public sealed class ToyTokenizer : ITokenizer
{
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens;
    }

    public void Tokenize(string text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                tokens.Add(new Token(start, i - start, TokenKind.Word));
            }
            else
            {
                if (text[i] is '.' or ',' or '!') tokens.Add(new Token(i, 1, TokenKind.Punctuation));
                i++;
            }
        }
    }
}
