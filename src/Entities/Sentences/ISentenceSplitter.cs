using Entities.Tokenization;

namespace Entities.Sentences;

/// <summary>Groups tokens into sentences. Implementations are immutable and thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>Splits the tokens of <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <param name="tokens">Its tokens, as returned by an <see cref="ITokenizer"/>.</param>
    /// <returns>Sentences in order, covering every token exactly once.</returns>
    IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens);
}
