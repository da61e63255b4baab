using Entities.Tokenization;

namespace Entities.Sentences;

/// <summary>Groups tokens into sentences. Implementations are immutable and thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>Empties <paramref name="sentences"/>, then adds the sentences of <paramref name="text"/>, in order, covering every token exactly once.</summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <param name="tokens">Its tokens, as returned by an <see cref="ITokenizer"/>.</param>
    /// <param name="sentences">Receives the sentences (a list the caller may reuse from document to document).</param>
    void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> sentences);
}

/// <summary>Conveniences over <see cref="ISentenceSplitter"/>.</summary>
public static class SentenceSplitterExtensions
{
    /// <summary>Splits the tokens of <paramref name="text"/> into a new list of sentences.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<Sentence> Split(this ISentenceSplitter splitter, string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        var sentences = new List<Sentence>();
        splitter.Split(text, tokens, sentences);
        return sentences;
    }
}
