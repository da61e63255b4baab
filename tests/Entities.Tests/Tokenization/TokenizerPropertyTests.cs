using System.Globalization;
using System.Text;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Tests.Tokenization;

/// <summary>Invariants of the tokenizer and splitter over thousands of random Unicode strings (seeded, so reproducible).</summary>
public class TokenizerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "é", "Z", "É", "ç", "œ", "x", "O", "l", "qu", "t", "il", "Paris", "Jean", "M", "etc",
        " ", " ", " ", "\u00A0", "\u202F", "\u2009", "\t", "\n", "\r\n", "\n\n", "\u2028", "\u2029", "\v",
        "'", "’", "ʼ", "´", "-", "\u2010", "\u2011", "\u2013", "\u2014", ".", "..", ",", ";", ":", "!", "?", "…", "«", "»", "\"", "“", "”", "(", ")", "¬", "¬ ", "-\n", "¬\r\n", "- \n\t",
        "0", "1", "2", "5", "9", "12 000", "3,5", "1er", "XIVe", "14h30", "21/11/2026", "2026-11-21", "h", "e",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0301", "\u0327", "\u20E3", "\uFE0F",
        "\u0000", "\u0001", "\u001F", "\u007F", "\u0085",
        "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "❤️", "𝒜", "\uD800", "\uDC00", "\uDBFF", "\uDFFF",
        "ש", "ע", "ب", "\u200F", "\u202E", "\u2066",
        "@", "#", "/", "_", "%", "€", "°", "+", "&",
        "www.", "http://", "https://", ".fr", ".com", "M.", "l'", "qu’", "-t-il", "-le", "aujourd'hui", "U.S.A.", "J.-C.", "n°",
    ];

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 42, 2026 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_keeps_every_invariant(int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 1000; n++)
        {
            string text = RandomText(random);
            IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(text);
            CheckTokens(text, tokens);
            Assert.Equal(tokens, FrenchTokenizer.Default.Tokenize(text));
            CheckSentences(tokens, FrenchSentenceSplitter.Default.Split(text, tokens));
        }
    }

    [Fact]
    public void Every_code_unit_alone_and_between_letters_is_handled()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string alone = ((char)c).ToString();
            CheckTokens(alone, FrenchTokenizer.Default.Tokenize(alone));
            string between = "a" + (char)c + "b " + (char)c + "1";
            CheckTokens(between, FrenchTokenizer.Default.Tokenize(between));
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int count = random.Next(0, 40);
        for (int i = 0; i < count; i++)
        {
            if (random.Next(10) == 0)
            {
                builder.Append((char)random.Next(0, char.MaxValue + 1));
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return builder.ToString();
    }

    private static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token in {Escape(text)}");
            Assert.True(token.Start >= previousEnd, $"tokens overlap or are unsorted in {Escape(text)}");
            Assert.True(token.End <= text.Length, $"token out of bounds in {Escape(text)}");
            Assert.False(SplitsPair(text, token.Start), $"token starts inside a surrogate pair in {Escape(text)}");
            Assert.False(SplitsPair(text, token.End), $"token ends inside a surrogate pair in {Escape(text)}");
            for (int i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
                if (IsSeparator(text[i]))
                {
                    // Digit-group spaces in numbers; the blanks of a word cut at a line end (Poin-\ncaré) or after ¬ (Constan¬ tinople),
                    // joined in its normalized form.
                    bool groupSpace = token.Kind == TokenKind.Number && text[i] is ' ' or '\u00A0' or '\u202F' or '\u2009';
                    bool lineEndCut = token.Kind == TokenKind.Word && text[i] is ' ' or '\t' or '\r' or '\n'
                        && HasCutMark(text.AsSpan(token.Start, token.Length)) && !token.GetNormalized(text).Any(IsSeparator);
                    Assert.True(groupSpace || lineEndCut,
                        $"whitespace inside a {token.Kind} token in {Escape(text)}");
                }
            }

            if (token.Kind is TokenKind.Word or TokenKind.Elision or TokenKind.Number or TokenKind.Abbreviation)
            {
                string normalized = token.GetNormalized(text);
                Assert.False(normalized.Any(c => c == '\u2019' || IsInvisible(c)), $"normalized form keeps ’ or a zero-width character in {Escape(text)}");
                Assert.True(token.Kind != TokenKind.Number || !normalized.Any(IsSeparator), $"normalized number keeps a space in {Escape(text)}");
            }

            previousEnd = token.End;
        }

        // Concatenating the tokens gives the text minus whitespace and zero-width characters: everything else is covered.
        for (int i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || IsSeparator(text[i]) || IsInvisible(text[i]), $"U+{(int)text[i]:X4} at {i} dropped from {Escape(text)}");
        }
    }

    private static void CheckSentences(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int next = 0;
        foreach (Sentence sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Count, next);
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Whether a word's surface holds a cut mark followed by a blank (<c>Poin-\ncaré</c>, <c>Bé- raud</c>, <c>Constan¬ tinople</c>).</summary>
    private static bool HasCutMark(ReadOnlySpan<char> surface)
    {
        for (int i = 0; i + 1 < surface.Length; i++)
        {
            if (CutMarks.IsCutSign(surface[i]) && char.IsWhiteSpace(surface[i + 1])) return true;
        }

        return false;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
