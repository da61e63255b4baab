using Entities.Tokenization;

namespace Entities.French.Tokenization;

/// <summary>
/// The rule-based French tokenizer: one pass over the characters, no regular expressions, no allocation per token except when a
/// normalized form differs from the surface. Tokens point into the original string, which is never rewritten.
/// </summary>
/// <remarks>
/// <para>Whitespace (every Unicode separator, tabs, control characters) is never part of a token, except the spaces between the
/// digit groups of a number (<c>12 000</c>). Zero-width characters standing alone separate tokens; inside a word they stay in
/// the surface and are dropped from the normalized form.</para>
/// <para>Words: elided forms are split (<c>l’Otan</c> → <c>l’</c> <c>Otan</c>, kind <see cref="TokenKind.Elision"/>);
/// hyphenated compounds and names stay whole (<c>Jean-Pierre</c>, <c>États-Unis</c>) while inverted pronouns are split
/// (<c>dit-elle</c> → <c>dit</c> <c>-elle</c>, <c>a-t-il</c> → <c>a</c> <c>-t-il</c>); a hyphen or dash that does not join two
/// words is punctuation. Abbreviations keep their period (<c>M.</c>, <c>etc.</c>, <c>J.</c>, <c>U.S.A.</c>). A number range
/// <c>2010-2020</c> is split into <c>2010</c> <c>-</c> <c>2020</c>; an ISO date <c>2026-11-21</c> is one number.</para>
/// <para>Web text: addresses, e-mails, <c>@handles</c> and <c>#hashtags</c> are single tokens; a period glued between two words
/// (<c>fin.Début</c>) is split unless the whole is a domain (<c>exemple.fr</c>), a decimal or a dotted acronym.</para>
/// <para>Symbols and emoji are one token per grapheme-like unit; a surrogate pair is never split; a lone surrogate is a
/// symbol of its own. Data tables are embedded files under <c>Data/</c>.</para>
/// </remarks>
public sealed class FrenchTokenizer : ITokenizer
{
    /// <summary>A shared instance; the tokenizer is immutable and thread-safe.</summary>
    public static FrenchTokenizer Default { get; } = new();

    /// <summary>How many characters are tokenized between two checks of the cancellation token.</summary>
    internal const int CancellationCheckInterval = 1 << 16;

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <inheritdoc />
    public void Tokenize(string text, List<Token> tokens) => Tokenize(text, tokens, CancellationToken.None);

    /// <inheritdoc />
    /// <remarks>The token is checked every <see cref="CancellationCheckInterval"/> characters.</remarks>
    public void Tokenize(string text, List<Token> tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        cancellationToken.ThrowIfCancellationRequested();
        int i = 0;
        int nextCheck = CancellationCheckInterval;
        while (i < text.Length)
        {
            if (i >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationCheckInterval;
            }

            char c = text[i];
            CharClass cls = CharClasses.Of(c);
            if ((cls & (CharClass.Space | CharClass.Ignorable)) != 0)
            {
                i++;
            }
            else if ((cls & CharClass.Digit) != 0)
            {
                i = NumberScanner.Scan(text, i, tokens);
            }
            else if ((cls & CharClass.WordChar) != 0)
            {
                i = WordScanner.Scan(text, i, tokens);
            }
            else if ((cls & CharClass.Punctuation) != 0)
            {
                i = ScanPunctuation(text, i, tokens);
            }
            else if ((cls & CharClass.Surrogate) != 0 && char.IsHighSurrogate(c) && CharClasses.IsSupplementaryWordChar(text, i))
            {
                i = WordScanner.Scan(text, i, tokens);
            }
            else
            {
                int end = SymbolScanner.Scan(text, i);
                tokens.Add(new Token(text, i, end - i, TokenKind.Symbol));
                i = end;
            }
        }
    }

    private static int ScanPunctuation(string text, int start, List<Token> tokens)
    {
        char c = text[start];
        int end = start + 1;
        TokenKind kind = TokenKind.Punctuation;
        if (c == '.')
        {
            while (end < text.Length && text[end] == '.')
            {
                end++;
            }
        }
        else if (c is '@' or '#')
        {
            int body = ScanTagBody(text, end, out bool hasLetter);
            if (body > end && (c == '@' || hasLetter))
            {
                end = body;
                kind = c == '@' ? TokenKind.Handle : TokenKind.Hashtag;
            }
        }

        tokens.Add(new Token(text, start, end - start, kind));
        return end;
    }

    private static int ScanTagBody(string text, int i, out bool hasLetter)
    {
        hasLetter = false;
        while (true)
        {
            if (i < text.Length && text[i] == '_')
            {
                i++;
                continue;
            }

            int n = CharClasses.WordCharLength(text, i);
            if (n == 0)
            {
                return i;
            }

            hasLetter |= CharClasses.IsLetterAt(text, i);
            i += n;
        }
    }
}
