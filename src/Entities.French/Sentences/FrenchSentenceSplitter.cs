using System.Runtime.InteropServices;
using Entities.French.Tokenization;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.French.Sentences;

/// <summary>
/// The rule-based French sentence splitter, working on the tokens of <see cref="FrenchTokenizer"/> and the text between them.
/// </summary>
/// <remarks>
/// <para>A sentence ends at a run of terminators (<c>.</c> <c>!</c> <c>?</c> <c>…</c> <c>...</c> <c>?!</c> <c>!!!</c>), with the
/// closing quotes and brackets that follow it (<c>? »</c>, <c>.)</c>), when the next token may start a sentence: not a lowercase
/// word (<c>« Où vas-tu ? » demanda-t-il</c> is one sentence) and not a comma-like mark.
/// Abbreviations, initials, acronyms and decimals are single tokens of other kinds, so their periods never end a sentence
/// (<c>M. Dupont</c>, <c>J. K. Rowling</c>, <c>3.5</c>), except <c>etc.</c> (see <c>sentence-final-abbreviations.txt</c>) before a capital.</para>
/// <para>Line breaks: a paragraph break (two newlines or more, U+2029, form feed) always ends a sentence. A single newline
/// (or U+2028) ends one when the next line may start a sentence and the previous line does not visibly continue: it does not end
/// with a comma-like or opening mark, an elided form, an abbreviation or a function word (<c>de la\nRépublique</c> is hard-wrapped
/// text). So a title line without a period (<c>Élections régionales\nLe scrutin…</c>) is a sentence of its own. A tab or three
/// spaces in a row (a scraped page's menu or share buttons) end a sentence as a paragraph break does.</para>
/// </remarks>
public sealed class FrenchSentenceSplitter : ISentenceSplitter
{
    /// <summary>A shared instance; the splitter is immutable and thread-safe.</summary>
    public static FrenchSentenceSplitter Default { get; } = new();

    /// <inheritdoc />
    public void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        sentences.Clear();
        Split(text, tokens switch
        {
            List<Token> list => CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => tokens.ToArray(),
        }, sentences);
    }

    /// <summary>As <see cref="Split(string, IReadOnlyList{Token}, List{Sentence})"/>, over the tokens read as a span (no interface call per token), into <paramref name="sentences"/>.</summary>
    private static void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        int first = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            int last = i;
            bool boundary;
            Token token = tokens[i];
            bool finalAbbreviation = token.Kind == TokenKind.Abbreviation && Abbreviations.CanEndSentence(token.GetSpan(text));
            if (SentenceBoundaries.IsTerminator(text, token) || finalAbbreviation)
            {
                int j = i + 1;
                while (j < tokens.Length && SentenceBoundaries.LineBreaks(text, tokens[j - 1].End, tokens[j].Start) < 2
                       && (SentenceBoundaries.IsTerminator(text, tokens[j]) || SentenceBoundaries.IsCloser(text, tokens, j)))
                {
                    j++;
                }

                last = j - 1;
                boundary = j < tokens.Length &&
                    (SentenceBoundaries.LineBreaks(text, tokens[last].End, tokens[j].Start) >= 2
                     || (finalAbbreviation && j == i + 1
                         ? SentenceBoundaries.StartsUppercase(text, tokens[j])
                         : SentenceBoundaries.CanStartSentence(text, tokens[j])));
            }
            else
            {
                boundary = i + 1 < tokens.Length && IsLineBoundary(text, token, tokens[i + 1]);
            }

            if (boundary)
            {
                sentences.Add(new Sentence(first, last + 1 - first));
                first = last + 1;
            }

            i = last + 1;
        }

        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(first, tokens.Length - first));
        }
    }

    private static bool IsLineBoundary(string text, Token token, Token next)
    {
        if (next.Start - token.End < 1 || (next.Start - token.End == 1 && text[token.End] == ' '))
        {
            return false;
        }

        int breaks = SentenceBoundaries.LineBreaks(text, token.End, next.Start);
        return breaks >= 2 ||
               (breaks == 1 && SentenceBoundaries.CanStartSentence(text, next) && !SentenceBoundaries.ContinuesAcrossLine(text, token));
    }
}
