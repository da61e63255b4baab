namespace Entities.Tokenization;

/// <summary>Splits text into tokens whose offsets point into the original string. Implementations are immutable and thread-safe.</summary>
public interface ITokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <returns>Tokens sorted by <see cref="Token.Start"/>, non-overlapping, within the bounds of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    IReadOnlyList<Token> Tokenize(string text);

    /// <summary>Tokenizes <paramref name="text"/>, appending the tokens to <paramref name="tokens"/> (which is not cleared), to reuse buffers.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    void Tokenize(string text, List<Token> tokens);

    /// <summary>
    /// Tokenizes <paramref name="text"/> like <see cref="Tokenize(string, List{Token})"/>, checking <paramref name="cancellationToken"/>
    /// periodically so that a huge text can be abandoned promptly. The default implementation checks it once, before tokenizing.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    void Tokenize(string text, List<Token> tokens, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Tokenize(text, tokens);
    }
}
