using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Extensibility.Tests.ToyLanguage;

/// <summary>A sentence ends after '.' or '!'.</summary>
public sealed class ToySentenceSplitter : ISentenceSplitter
{
    public void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        sentences.Clear();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '.' or '!')
            {
                sentences.Add(new Sentence(first, i + 1 - first));
                first = i + 1;
            }
        }

        if (first < tokens.Count) sentences.Add(new Sentence(first, tokens.Count - first));
    }
}
