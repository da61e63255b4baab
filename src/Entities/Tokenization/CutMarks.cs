namespace Entities.Tokenization;

/// <summary>
/// The marks an old print leaves at the end of the first piece of a cut word when the corpus or the text keeps the pieces
/// apart (<c>Clémen¬ tine</c>, <c>Phi - lippe</c>, a soft hyphen): the next token is then the rest of the word, not a word
/// of its own.
/// </summary>
public static class CutMarks
{
    /// <summary>Whether <paramref name="token"/> ends with a cut mark (<c>-</c>, <c>¬</c> or a soft hyphen).</summary>
    public static bool EndsWithCutMark(ReadOnlySpan<char> token) => token.Length > 0 && token[^1] is '-' or '¬' or '\u00AD';
}
