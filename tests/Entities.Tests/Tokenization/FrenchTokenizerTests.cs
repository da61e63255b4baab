using Entities.French.Tokenization;
using Entities.Tokenization;

namespace Entities.Tests.Tokenization;

public class FrenchTokenizerTests
{
    private static readonly FrenchTokenizer Tokenizer = FrenchTokenizer.Default;

    public static TheoryData<string, string> SurfaceRows => FrenchTokenizerSurfaceCases.Rows;

    public static TheoryData<string, string, TokenKind, string> KindRows => FrenchTokenizerKindCases.Rows;

    [Theory]
    [MemberData(nameof(SurfaceRows))]
    public void Tokenizes_into_expected_surfaces(string input, string expected)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Tokenize(input);
        string actual = string.Join(" | ", tokens.Select(t => t.GetText(input)));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(KindRows))]
    public void Token_has_expected_kind_and_normalized_form(string input, string surface, TokenKind kind, string normalized)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Tokenize(input);
        Token token = Assert.Single(tokens, t => t.GetText(input) == surface);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(normalized, token.GetNormalized(input));
        Assert.Equal(normalized != surface, token.HasNormalizedForm);
    }

    [Fact]
    public void Null_text_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize(null!));
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize(null!, []));
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize("x", null!));
    }

    [Fact]
    public void Appends_without_clearing_the_list()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        Tokenizer.Tokenize("un deux", tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(3, 4, TokenKind.Word), tokens[2]);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  L’ami  de\u00A0M. Dupont ";
        IReadOnlyList<Token> tokens = Tokenizer.Tokenize(text);
        Assert.Equal([2, 4, 9, 12, 15], tokens.Select(t => t.Start));
        Assert.Equal([2, 3, 2, 2, 6], tokens.Select(t => t.Length));
    }
}
