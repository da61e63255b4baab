using Entities.Mentions;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Tests.Mentions;

/// <summary><see cref="TokenCursor"/> must answer exactly as the binary searches of <see cref="TokenLookup"/>, in any order of questions.</summary>
public sealed class TokenCursorTests
{
    // Tokens at 0, 3, 4, 10, 12, 20 (lengths 2, 1, 5, 1, 6, 2) and sentences [0, 2), [2, 2) (empty), [3, 5), with token 2 and 5 in no sentence.
    private static readonly Token[] Tokens =
    [
        new(0, 2, TokenKind.Word), new(3, 1, TokenKind.Word), new(4, 5, TokenKind.Word),
        new(10, 1, TokenKind.Word), new(12, 6, TokenKind.Word), new(20, 2, TokenKind.Word),
    ];

    private static readonly Sentence[] Sentences = [new(0, 2), new(2, 0), new(3, 2)];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AnswersAsTheBinarySearchesInIncreasingAndRandomOrder(int seed)
    {
        var positions = Enumerable.Range(-1, 25).ToArray();
        var indices = Enumerable.Range(-1, Tokens.Length + 2).ToArray();
        if (seed > 1)
        {
            var random = new Random(seed);
            random.Shuffle(positions);
            random.Shuffle(indices);
        }

        var cursor = new TokenCursor(Tokens, Sentences);
        foreach (int position in positions)
        {
            Assert.Equal(TokenLookup.FirstTokenAtOrAfter(Tokens.AsSpan(), position), cursor.FirstTokenAtOrAfter(position));
            Assert.Equal(TokenLookup.TokenStartingAt(Tokens.AsSpan(), position), cursor.TokenStartingAt(position));
        }

        foreach (int index in indices)
        {
            Assert.Equal(TokenLookup.SentenceOfToken(Sentences.AsSpan(), index), cursor.SentenceOfToken(index));
        }
    }

    [Fact]
    public void AnswersAfterGoingBackAndForth()
    {
        var cursor = new TokenCursor(Tokens, Sentences);
        int[] questions = [20, 0, 12, 3, 25, 4, 10];
        foreach (int position in questions) Assert.Equal(TokenLookup.FirstTokenAtOrAfter(Tokens.AsSpan(), position), cursor.FirstTokenAtOrAfter(position));
        int[] tokens = [5, 0, 4, 2, 3, 1, 6, 3];
        foreach (int token in tokens) Assert.Equal(TokenLookup.SentenceOfToken(Sentences.AsSpan(), token), cursor.SentenceOfToken(token));
    }
}
